/* StreamField block picker without the blocks meant for imports only (issues/blocks.py).
 *
 * A block whose Meta has form_classname "csrs-not-in-picker" (the "Unplaced text" an import
 * leaves) still renders, saves and validates as before, but the "+" picker and the block groups
 * offered elsewhere (Draftail's block menu) no longer list it. Wagtail has no per-block
 * "hide from picker" option; this wraps the two places its StreamBlock reads the groups from.
 * Loaded without defer, after Wagtail's blocks.js and before the editor's blocks render.
 */
(() => {
  "use strict";

  const StreamBlock = window.wagtailStreamField?.blocks?.StreamBlock;
  if (!StreamBlock || StreamBlock.prototype.csrsPickerFiltered) return;
  const HIDDEN = "csrs-not-in-picker";

  const offered = (groups) =>
    groups
      .map(([group, defs]) => [
        group,
        defs.filter((def) => !String(def.meta?.classname || "").split(/\s+/).includes(HIDDEN)),
      ])
      .filter(([, defs]) => defs.length);

  const proto = StreamBlock.prototype;
  proto.csrsPickerFiltered = true;
  const createInsertionControl = proto._createInsertionControl;
  proto._createInsertionControl = function (placeholder, opts) {
    const blockDef = this.blockDef;
    const all = blockDef.groupedChildBlockDefs;
    blockDef.groupedChildBlockDefs = offered(all);
    try {
      return createInsertionControl.call(this, placeholder, opts);
    } finally {
      blockDef.groupedChildBlockDefs = all;
    }
  };
  const getBlockGroups = proto.getBlockGroups;
  proto.getBlockGroups = function () {
    return offered(getBlockGroups.call(this));
  };
})();
