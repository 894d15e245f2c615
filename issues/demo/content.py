"""Demo content for the CSRS Weekly Analysis site, in English, Pashto, Dari and Arabic.

Everything here was written for this project: the three issues, their events, figures, people
and quotations are invented for demonstration, and every link points at example.org/.com.
``issues.demo.loader`` reads this module; it is plain data (no Django imports).
"""

from datetime import date

LANGS = ("en", "ps", "fa-af", "ar")

SETTINGS = {
    "publisher_name": {
        "en": "Center for Strategic and Regional Studies",
        "ps": "د ستراتیژیکو او سیمه‌ییزو څېړنو مرکز",
        "fa-af": "مرکز مطالعات استراتژیک و منطقوی",
        "ar": "مركز الدراسات الاستراتيجية والإقليمية",
    },
    "publication_name": {
        "en": "Weekly Analysis",
        "ps": "اونیزه شننه",
        "fa-af": "تحلیل هفته‌وار",
        "ar": "التحليل الأسبوعي",
    },
    "blurb": {
        "en": (
            "Every week, CSRS researchers pick out the developments that matter most for "
            "Afghanistan and its neighbours, from diplomacy and trade to water, migration and "
            "security, and examine them in depth. The Weekly Analysis sets out the facts, "
            "weighs competing views and closes with concrete recommendations for those who "
            "shape policy. It is published in English, Pashto, Dari and Arabic."
        ),
        "ps": (
            "هره اونۍ د مرکز څېړونکي هغه پېښې غوره کوي چې د افغانستان او ګاونډیو هېوادونو "
            "لپاره تر ټولو ډېر ارزښت لري، له ډیپلوماسۍ او سوداګرۍ نیولې تر اوبو، کډوالۍ او "
            "امنیت پورې، او په ژوره توګه یې څېړي. اونیزه شننه حقایق وړاندې کوي، بېلابېل نظرونه "
            "تلي او د پالیسي جوړوونکو لپاره په مشخصو وړاندیزونو پای ته رسېږي. دا خپرونه په "
            "انګلیسي، پښتو، دري او عربي ژبو خپرېږي."
        ),
        "fa-af": (
            "پژوهشگران مرکز هر هفته رویدادهایی را که برای افغانستان و همسایگانش بیشترین اهمیت "
            "را دارند، از دیپلوماسی و تجارت گرفته تا آب، مهاجرت و امنیت، برمی‌گزینند و به‌طور "
            "عمیق بررسی می‌کنند. تحلیل هفته‌وار واقعیت‌ها را بیان می‌کند، دیدگاه‌های گوناگون را "
            "می‌سنجد و با پیشنهادهای مشخص برای سیاست‌گذاران پایان می‌یابد. این نشریه به زبان‌های "
            "انگلیسی، پشتو، دری و عربی نشر می‌شود."
        ),
        "ar": (
            "يختار باحثو المركز كل أسبوع أبرز التطورات التي تهمّ أفغانستان وجيرانها، من "
            "الدبلوماسية والتجارة إلى المياه والهجرة والأمن، ويتناولونها بالتحليل المعمّق. "
            "ويعرض التحليل الأسبوعي الوقائع، ويوازن بين الآراء المختلفة، ويختتم بتوصيات محددة "
            "لصانعي السياسات. ويصدر باللغات الإنجليزية والبشتوية والدرية والعربية."
        ),
    },
    "about": {
        "en": (
            "<p>The Center for Strategic and Regional Studies (CSRS) is an independent, "
            "non-profit research institution based in Kabul. Since its founding in 2009 it has "
            "studied Afghanistan's politics, economy and society, and the country's place in "
            "its region.</p>"
            "<p>Through its weekly and monthly publications, research papers and public "
            "seminars, CSRS seeks to give decision-makers and the public balanced, "
            "well-sourced analysis.</p>"
        ),
        "ps": (
            "<p>د ستراتیژیکو او سیمه‌ییزو څېړنو مرکز (CSRS) په کابل کې یو خپلواک او غیر انتفاعي "
            "څېړنیز بنسټ دی. دا مرکز له ۲۰۰۹ کال راهیسې د افغانستان سیاست، اقتصاد او ټولنه او "
            "په سیمه کې د هېواد ځای څېړي.</p>"
            "<p>مرکز د خپلو اونیزو او میاشتنیو خپرونو، څېړنیزو لیکنو او عامه سیمینارونو له "
            "لارې هڅه کوي چې پرېکړه کوونکو او خلکو ته متوازنې او مستندې شننې وړاندې کړي.</p>"
        ),
        "fa-af": (
            "<p>مرکز مطالعات استراتژیک و منطقوی (CSRS) نهادی پژوهشی، مستقل و غیرانتفاعی در "
            "کابل است. این مرکز از سال ۲۰۰۹ بدین‌سو سیاست، اقتصاد و جامعهٔ افغانستان و جایگاه "
            "کشور در منطقه را مطالعه می‌کند.</p>"
            "<p>مرکز از راه نشریه‌های هفته‌وار و ماهوار، پژوهش‌ها و سمینارهای عامه می‌کوشد "
            "تحلیل‌هایی متوازن و مستند در اختیار تصمیم‌گیرندگان و مردم قرار دهد.</p>"
        ),
        "ar": (
            "<p>مركز الدراسات الاستراتيجية والإقليمية (CSRS) مؤسسة بحثية مستقلة غير ربحية "
            "مقرها كابل. ويُعنى المركز منذ تأسيسه عام 2009 بدراسة السياسة والاقتصاد والمجتمع في "
            "أفغانستان وموقع البلاد في محيطها الإقليمي.</p>"
            "<p>ويسعى المركز، من خلال إصداراته الأسبوعية والشهرية وأوراقه البحثية وندواته "
            "العامة، إلى تزويد صانعي القرار والجمهور بتحليلات متوازنة وموثقة المصادر.</p>"
        ),
    },
    "contact_email": "info@csrs.example.org",
    "website": "https://csrs.example.org",
    "phone": "+93 700 000 000",
}

HOME = {
    "title": {
        "en": "Weekly Analysis",
        "ps": "اونیزه شننه",
        "fa-af": "تحلیل هفته‌وار",
        "ar": "التحليل الأسبوعي",
    },
    "introduction": {
        "en": (
            "Independent analysis of the week's events in Afghanistan and the region, from the "
            "Center for Strategic and Regional Studies in Kabul."
        ),
        "ps": (
            "په افغانستان او سیمه کې د اونۍ د پېښو خپلواکه شننه، د کابل د ستراتیژیکو او "
            "سیمه‌ییزو څېړنو مرکز له خوا."
        ),
        "fa-af": (
            "تحلیل مستقل رویدادهای هفته در افغانستان و منطقه، از سوی مرکز مطالعات استراتژیک و "
            "منطقوی در کابل."
        ),
        "ar": (
            "تحليل مستقل لأحداث الأسبوع في أفغانستان والمنطقة، يصدره مركز الدراسات "
            "الاستراتيجية والإقليمية في كابل."
        ),
    },
}

ARCHIVE = {
    "title": {
        "en": "All issues",
        "ps": "ټولې ګڼې",
        "fa-af": "همهٔ شماره‌ها",
        "ar": "جميع الأعداد",
    },
    "introduction": {
        "en": (
            "Every issue of the Weekly Analysis, from the most recent to the earliest, in each "
            "of its four languages."
        ),
        "ps": "د اونیزې شننې ټولې ګڼې، له وروستۍ څخه تر لومړۍ پورې، په څلورو واړو ژبو.",
        "fa-af": "همهٔ شماره‌های تحلیل هفته‌وار، از تازه‌ترین تا نخستین، به هر چهار زبان.",
        "ar": "جميع أعداد التحليل الأسبوعي، من الأحدث إلى الأقدم، بلغاته الأربع.",
    },
}

TOPICS = [
    {
        "slug": "regional-diplomacy",
        "name": {
            "en": "Regional diplomacy",
            "ps": "سیمه‌ییزه ډیپلوماسي",
            "fa-af": "دیپلوماسی منطقوی",
            "ar": "الدبلوماسية الإقليمية",
        },
    },
    {
        "slug": "water-resources",
        "name": {
            "en": "Water resources",
            "ps": "د اوبو سرچینې",
            "fa-af": "منابع آب",
            "ar": "الموارد المائية",
        },
    },
    {
        "slug": "transit-trade",
        "name": {
            "en": "Transit and trade",
            "ps": "ترانزیټ او سوداګري",
            "fa-af": "ترانزیت و تجارت",
            "ar": "العبور والتجارة",
        },
    },
    {
        "slug": "migration-returnees",
        "name": {
            "en": "Migration and returnees",
            "ps": "کډوالي او راستنېدنه",
            "fa-af": "مهاجرت و عودت‌کنندگان",
            "ar": "الهجرة والعائدون",
        },
    },
    {
        "slug": "energy",
        "name": {"en": "Energy", "ps": "انرژي", "fa-af": "انرژی", "ar": "الطاقة"},
    },
]

# Issue 559 (en), analysis 1, section 1
_EN_559_S1 = {
    "heading": "What the Canal Means for Afghanistan",
    "body": [
        {"type": "subheading", "value": {"number": "1", "text": "Food security"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Afghanistan still buys much of its wheat and flour abroad. Bringing new "
                "land under irrigation in Balkh, Jawzjan and Faryab would let the country grow "
                "more of its own grain and soften the impact of price swings in regional "
                "markets.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "2", "text": "Rural employment"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Thousands of labourers from the northern provinces have found work on the "
                "excavation. Once water flows, the new farmland could also absorb part of a "
                "workforce swollen by the return of migrants from Iran and Pakistan.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "3", "text": "A project of self-reliance"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Because the canal is paid for from domestic revenue rather than foreign "
                "grants, the authorities present it as proof of self-reliance, which makes a "
                "slowdown under outside pressure unlikely.</p>"
            ),
        },
        {
            "type": "quotation",
            "value": {
                "quote": (
                    "Each hectare this canal brings back to life is a hectare of wheat we will "
                    "not have to import."
                ),
                "attribution": "Abdul Rahim Sadiqi",
                "role": "Site engineer on the Qosh Tepa canal",
            },
        },
    ],
}

# Issue 559 (en), analysis 1, section 2
_EN_559_S2 = {
    "heading": "Concerns Downstream",
    "body": [
        {
            "type": "subheading",
            "value": {"number": "", "text": "What worries Tashkent and Ashgabat"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Uzbekistan and Turkmenistan rely on the Amu Darya to irrigate cotton and "
                "wheat across millions of hectares. Their main concerns are these:</p>"
            ),
        },
        {
            "type": "bulleted_list",
            "value": [
                (
                    "<p><b>Volume:</b> estimates of the canal's eventual withdrawal vary "
                    "widely, and planners downstream fear lower flows in the driest summer "
                    "months.</p>"
                ),
                (
                    "<p><b>Timing:</b> even a moderate withdrawal, if it peaks during the "
                    "growing season, would hit farms in Khorezm and Dashoguz hardest.</p>"
                ),
                (
                    "<p><b>Losses:</b> an unlined canal running through sandy soil can lose a "
                    "large share of its water to seepage and evaporation.</p>"
                ),
                (
                    "<p><b>No common framework:</b> Afghanistan was not party to the 1992 "
                    "agreement under which the Central Asian states divide the basin's water, "
                    "so there is no shared rulebook to turn to.</p>"
                ),
            ],
        },
        {
            "type": "paragraph",
            "value": (
                "<p>So far both capitals have preferred quiet technical contacts to public "
                "criticism, mindful of the trade, transit and energy ties with Afghanistan "
                "that neither wants to put at risk.</p>"
            ),
        },
    ],
}

# Issue 559 (en), analysis 1, section 3
_EN_559_S3 = {
    "heading": "Towards Shared Management",
    "body": [
        {"type": "subheading", "value": {"number": "", "text": "Practical steps"}},
        {
            "type": "numbered_list",
            "value": [
                (
                    "<p>A joint platform for data on river flows, withdrawals and weather, "
                    "open to experts from every riparian state.</p>"
                ),
                (
                    "<p>Lining the most vulnerable stretches of the canal and introducing drip "
                    "and sprinkler irrigation on the new farmland.</p>"
                ),
                (
                    "<p>Observer status for Afghanistan in the Interstate Commission for Water "
                    "Coordination of Central Asia, as a step towards fuller participation.</p>"
                ),
            ],
        },
        {
            "type": "paragraph",
            "value": (
                "<p>None of these measures would require Afghanistan to give up its right to "
                "use the river. They would show that it intends to use that right responsibly, "
                "and would make the project easier for its neighbours to accept.</p>"
            ),
        },
    ],
}

_EN_559 = {
    "title": "The Qosh Tepa Canal and the Amu Darya: Development Needs and Regional Trust",
    "introduction": (
        "<p>Late in October, the National Water Affairs Regulation Authority reported that "
        "excavation on the final phase of the Qosh Tepa canal had passed the halfway mark, and "
        "that the first farms in Jawzjan could receive its water next spring. Within days, "
        "water specialists from Afghanistan and Uzbekistan met in Termez to discuss flow "
        "measurements on the Amu Darya and the exchange of hydrological data.</p>"
        "<p>At roughly 285 kilometres, the canal is the largest irrigation scheme Afghanistan "
        "has attempted in half a century. Kabul sees in it a path to food security for the "
        "north; downstream capitals see a possible reduction in the water that reaches their "
        "own fields. This analysis examines the project's significance, the concerns of the "
        "neighbours and the options for managing a shared river.</p>"
    ),
    "sections": [_EN_559_S1, _EN_559_S2, _EN_559_S3],
    "conclusion": (
        "<p>The Qosh Tepa canal is at once a development project and a test of Afghanistan's "
        "relations with its northern neighbours. Kabul has a legitimate claim to a fair share "
        "of the Amu Darya, yet a river that crosses borders cannot be managed by one country "
        "alone. Regular technical meetings, open data and investment in efficient irrigation "
        "could turn the canal from a source of friction into an example of cooperation.</p>"
    ),
}

# Issue 559 (ps), analysis 1, section 1
_PS_559_S1 = {
    "heading": "کانال د افغانستان لپاره څه معنا لري",
    "body": [
        {"type": "subheading", "value": {"number": "1", "text": "د خوړو خوندیتوب"}},
        {
            "type": "paragraph",
            "value": (
                "<p>افغانستان لا هم خپل ډېر غنم او اوړه له بهره واردوي. په بلخ، جوزجان او "
                "فاریاب کې د نوې ځمکې خړوبول به هېواد ته دا توان ورکړي چې ډېرې غلې دانې پخپله "
                "وکري او د سیمه‌ییزو بازارونو د بیو د لوړو ژورو اغېز راکم کړي.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "2", "text": "کلیوالي کار او روزګار"}},
        {
            "type": "paragraph",
            "value": (
                "<p>د شمالي ولایتونو زرګونو کارګرانو د کانال په کیندنه کې کار موندلی دی. کله "
                "چې اوبه روانې شي، نوې کرنیزه ځمکه به د هغو کارګرانو یوه برخه هم جذب کړي چې له "
                "ایران او پاکستان څخه د کډوالو د راستنېدو له امله یې شمېر ډېر شوی دی.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "3", "text": "د ځان بسیاینې پروژه"}},
        {
            "type": "paragraph",
            "value": (
                "<p>څرنګه چې کانال د بهرنیو مرستو پر ځای له کورنیو عوایدو تمویلېږي، چارواکي یې "
                "د ځان بسیاینې ثبوت بولي؛ نو دا ناشونې ښکاري چې د بهرني فشار له امله یې کار "
                "ورو شي.</p>"
            ),
        },
        {
            "type": "quotation",
            "value": {
                "quote": (
                    "هر هکتار ځمکه چې دا کانال یې بیا ژوندۍ کوي، یو هکتار غنم دي چې نور به یې "
                    "له بهره نه راوړو."
                ),
                "attribution": "عبدالرحیم صدیقي",
                "role": "د قوش تېپه کانال ساحوي انجنیر",
            },
        },
    ],
}

# Issue 559 (ps), analysis 1, section 2
_PS_559_S2 = {
    "heading": "د ښکته پرتو هېوادونو اندېښنې",
    "body": [
        {
            "type": "subheading",
            "value": {"number": "", "text": "تاشکند او عشق اباد د څه شي په اړه اندېښمن دي"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>ازبکستان او ترکمنستان د ملیونونو هکتاره پنبې او غنمو د خړوبولو لپاره پر "
                "آمو سیند تکیه لري. د دوی اصلي اندېښنې دا دي:</p>"
            ),
        },
        {
            "type": "bulleted_list",
            "value": [
                (
                    "<p><b>د اوبو کچه:</b> دا چې کانال به په پای کې څومره اوبه واخلي، اټکلونه "
                    "یې ډېر توپیر لري او ښکته پرتې ادارې د دوبي په تر ټولو وچو میاشتو کې د "
                    "بهیر له کمښت څخه وېره لري.</p>"
                ),
                (
                    "<p><b>وخت:</b> حتی منځنۍ اندازه اوبه اخیستل هم، که د کرنې د موسم په اوج "
                    "کې وي، د خوارزم او داشوغوز پر فارمونو به تر ټولو ډېر اغېز وکړي.</p>"
                ),
                (
                    "<p><b>ضایعات:</b> هغه کانال چې بستر یې نه وي پوښل شوی او له شګلنې ځمکې "
                    "تېرېږي، کولای شي د خپلو اوبو لویه برخه د جذب او تبخیر له لارې له لاسه "
                    "ورکړي.</p>"
                ),
                (
                    "<p><b>ګډ چوکاټ نشته:</b> افغانستان د ۱۹۹۲ کال د هغه تړون غړی نه و چې له "
                    "مخې یې د منځنۍ اسیا هېوادونه د حوزې اوبه وېشي، نو داسې ګډ قواعد نشته چې "
                    "ټول ورته مراجعه وکړي.</p>"
                ),
            ],
        },
        {
            "type": "paragraph",
            "value": (
                "<p>تر اوسه دواړو پلازمېنو د عامه نیوکې پر ځای ارامې تخنیکي اړیکې غوره کړې دي، "
                "ځکه نه غواړي له افغانستان سره خپلې سوداګریزې، ترانزیټي او انرژۍ اړیکې له خطر "
                "سره مخ کړي.</p>"
            ),
        },
    ],
}

# Issue 559 (ps), analysis 1, section 3
_PS_559_S3 = {
    "heading": "د ګډې ادارې پر لور",
    "body": [
        {"type": "subheading", "value": {"number": "", "text": "عملي ګامونه"}},
        {
            "type": "numbered_list",
            "value": [
                (
                    "<p>د سیند د بهیر، اوبو اخیستنې او هوا د معلوماتو لپاره یو ګډ پلاټفورم چې "
                    "د سیند د حوزې د ټولو هېوادونو متخصصینو ته پرانیستی وي.</p>"
                ),
                (
                    "<p>د کانال د حساسو برخو پوښل او په نوې کرنیزه ځمکه کې د څاڅکي او فوارې "
                    "خړوبولو طریقې معرفي کول.</p>"
                ),
                (
                    "<p>د منځنۍ اسیا د اوبو د همغږۍ په بین‌الدولتي کمېسیون کې افغانستان ته د "
                    "کتونکي دریځ ورکول، د بشپړ ګډون پر لور د یوه ګام په توګه.</p>"
                ),
            ],
        },
        {
            "type": "paragraph",
            "value": (
                "<p>له دې ګامونو هېڅ یو له افغانستان څخه دا غوښتنه نه کوي چې د سیند د کارولو "
                "له حق څخه تېر شي. برعکس، دا به وښيي چې هېواد غواړي دا حق په مسؤولانه ډول "
                "وکاروي او ګاونډیانو ته به د پروژې منل اسانه کړي.</p>"
            ),
        },
    ],
}

_PS_559 = {
    "title": "قوش تېپه کانال او آمو سیند: پراختیايي اړتیاوې او سیمه‌ییز باور",
    "introduction": (
        "<p>د لړم میاشتې په لومړیو کې د اوبو د چارو د تنظیم ملي ادارې اعلان وکړ چې د قوش تېپه "
        "کانال د وروستي پړاو کیندنه له نیمايي اوښتې ده او د جوزجان لومړني فارمونه به راتلونکي "
        "پسرلي له دې کانال څخه اوبه ترلاسه کړي. څو ورځې وروسته د افغانستان او ازبکستان د اوبو "
        "متخصصینو په ترمز کې سره وکتل او د آمو سیند د بهیر د اندازه کولو او د هایدرولوژیکي "
        "معلوماتو د شریکولو په اړه یې خبرې وکړې.</p>"
        "<p>دا کانال چې شاوخوا ۲۸۵ کیلومتره اوږدوالی لري، په تېره نیمه پېړۍ کې د افغانستان تر "
        "ټولو لویه د خړوبولو پروژه ده. کابل پکې د شمال لپاره د خوړو د خوندیتوب لاره ویني، خو "
        "ښکته پرتې پلازمېنې اندېښنه لري چې د دوی کروندو ته به لږې اوبه ورسېږي. دا شننه د پروژې "
        "ارزښت، د ګاونډیانو اندېښنې او د یوه ګډ سیند د مدیریت لارې چارې څېړي.</p>"
    ),
    "sections": [_PS_559_S1, _PS_559_S2, _PS_559_S3],
    "conclusion": (
        "<p>قوش تېپه کانال هم یوه پراختیايي پروژه ده او هم له شمالي ګاونډیانو سره د افغانستان "
        "د اړیکو ازموینه. کابل د آمو سیند په اوبو کې د عادلانه برخې مشروع حق لري، خو هغه سیند "
        "چې له پولو تېرېږي، یوازې یو هېواد یې نه شي اداره کولی. منظمې تخنیکي ناستې، پرانیستي "
        "معلومات او د اغېزمن خړوبولو په برخه کې پانګونه کولای شي دا کانال د شخړې له سرچینې څخه "
        "د همکارۍ په بېلګه بدل کړي.</p>"
    ),
}

# Issue 559 (fa-af), analysis 1, section 1
_FA_559_S1 = {
    "heading": "کانال برای افغانستان چه معنایی دارد",
    "body": [
        {"type": "subheading", "value": {"number": "1", "text": "امنیت غذایی"}},
        {
            "type": "paragraph",
            "value": (
                "<p>افغانستان هنوز بخش بزرگی از گندم و آرد خود را از خارج وارد می‌کند. آبیاری "
                "زمین‌های تازه در بلخ، جوزجان و فاریاب به کشور امکان می‌دهد غلهٔ بیشتری در داخل "
                "تولید کند و از اثر نوسان قیمت‌ها در بازارهای منطقه بکاهد.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "2", "text": "کار و اشتغال در دهات"}},
        {
            "type": "paragraph",
            "value": (
                "<p>هزاران کارگر از ولایات شمالی در حفر کانال کار یافته‌اند. با جاری شدن آب، "
                "زمین‌های زراعتی تازه می‌توانند بخشی از نیروی کاری را نیز جذب کنند که با بازگشت "
                "مهاجرین از ایران و پاکستان افزایش یافته است.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "3", "text": "پروژه‌ای برای خودکفایی"}},
        {
            "type": "paragraph",
            "value": (
                "<p>از آن‌جا که هزینهٔ کانال از عواید داخلی و نه از کمک‌های خارجی تأمین می‌شود، "
                "مقامات آن را نشانهٔ خودکفایی می‌دانند؛ ازاین‌رو بعید است کار آن زیر فشار بیرونی "
                "کند شود.</p>"
            ),
        },
        {
            "type": "quotation",
            "value": {
                "quote": (
                    "هر هکتاری که این کانال دوباره زنده می‌کند، یک هکتار گندم است که دیگر لازم "
                    "نیست از بیرون بیاوریم."
                ),
                "attribution": "عبدالرحیم صدیقی",
                "role": "انجنیر ساحوی کانال قوش‌تپه",
            },
        },
    ],
}

# Issue 559 (fa-af), analysis 1, section 2
_FA_559_S2 = {
    "heading": "نگرانی‌های کشورهای پایین‌دست",
    "body": [
        {
            "type": "subheading",
            "value": {"number": "", "text": "تاشکند و عشق‌آباد از چه نگران‌اند"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>ازبکستان و ترکمنستان برای آبیاری میلیون‌ها هکتار پنبه و گندم به دریای آمو "
                "متکی‌اند. نگرانی‌های اصلی آن‌ها چنین است:</p>"
            ),
        },
        {
            "type": "bulleted_list",
            "value": [
                (
                    "<p><b>حجم آب:</b> برآوردها از مقدار آبی که کانال سرانجام برداشت خواهد کرد "
                    "بسیار متفاوت است و برنامه‌ریزان پایین‌دست از کاهش جریان در خشک‌ترین ماه‌های "
                    "تابستان بیم دارند.</p>"
                ),
                (
                    "<p><b>زمان برداشت:</b> حتی برداشت متوسط، اگر در اوج فصل کشت باشد، بیشترین "
                    "آسیب را به مزارع خوارزم و داش‌اغوز می‌زند.</p>"
                ),
                (
                    "<p><b>ضایعات:</b> کانالی که بستر آن پوشانده نشده و از خاک ریگی می‌گذرد، "
                    "ممکن است بخش بزرگی از آبش را از راه جذب و تبخیر از دست بدهد.</p>"
                ),
                (
                    "<p><b>نبود چارچوب مشترک:</b> افغانستان عضو توافق‌نامهٔ ۱۹۹۲ که کشورهای "
                    "آسیای میانه بر اساس آن آب حوزه را تقسیم می‌کنند نبود؛ بنابراین قواعد "
                    "مشترکی برای مراجعه وجود ندارد.</p>"
                ),
            ],
        },
        {
            "type": "paragraph",
            "value": (
                "<p>تا کنون هر دو پایتخت تماس‌های آرام تخنیکی را بر انتقاد علنی ترجیح داده‌اند، "
                "زیرا نمی‌خواهند پیوندهای تجارتی، ترانزیتی و انرژی خود با افغانستان را به خطر "
                "بیندازند.</p>"
            ),
        },
    ],
}

# Issue 559 (fa-af), analysis 1, section 3
_FA_559_S3 = {
    "heading": "به سوی مدیریت مشترک",
    "body": [
        {"type": "subheading", "value": {"number": "", "text": "گام‌های عملی"}},
        {
            "type": "numbered_list",
            "value": [
                (
                    "<p>یک پلتفورم مشترک برای معلومات جریان دریا، برداشت آب و وضع هوا که برای "
                    "متخصصان همهٔ کشورهای حوزهٔ دریا باز باشد.</p>"
                ),
                (
                    "<p>پوشاندن حساس‌ترین بخش‌های کانال و معرفی آبیاری قطره‌ای و بارانی در "
                    "زمین‌های زراعتی تازه.</p>"
                ),
                (
                    "<p>کسب موقف ناظر برای افغانستان در کمیسیون بین‌الدولتی هماهنگی آب آسیای "
                    "میانه، به عنوان گامی به سوی مشارکت کامل‌تر.</p>"
                ),
            ],
        },
        {
            "type": "paragraph",
            "value": (
                "<p>هیچ‌یک از این اقدامات افغانستان را وادار نمی‌کند از حق استفاده از دریا "
                "بگذرد. برعکس، نشان می‌دهد که کشور می‌خواهد این حق را مسئولانه به کار ببرد و "
                "پذیرش پروژه را برای همسایگان آسان‌تر می‌سازد.</p>"
            ),
        },
    ],
}

_FA_559 = {
    "title": "کانال قوش‌تپه و دریای آمو: نیازهای انکشافی و اعتماد منطقوی",
    "introduction": (
        "<p>در اوایل عقرب، اداره ملی تنظیم امور آب اعلام کرد که کار حفر مرحله نهایی کانال "
        "قوش‌تپه از نیمه گذشته است و نخستین مزارع جوزجان از بهار آینده از این کانال آب خواهند "
        "گرفت. چند روز بعد، متخصصان آب افغانستان و ازبکستان در ترمز دیدار کردند و دربارهٔ "
        "اندازه‌گیری جریان دریای آمو و تبادل معلومات هایدرولوژیکی گفت‌وگو کردند.</p>"
        "<p>این کانال با طول حدود ۲۸۵ کیلومتر، بزرگ‌ترین طرح آبیاری است که افغانستان در نیم قرن "
        "اخیر به آن دست زده است. کابل در آن راهی برای تأمین امنیت غذایی شمال می‌بیند؛ اما "
        "پایتخت‌های پایین‌دست نگران کاهش آبی‌اند که به کشتزارهای خودشان می‌رسد. این تحلیل اهمیت "
        "پروژه، نگرانی‌های همسایگان و گزینه‌های مدیریت یک دریای مشترک را بررسی می‌کند.</p>"
    ),
    "sections": [_FA_559_S1, _FA_559_S2, _FA_559_S3],
    "conclusion": (
        "<p>کانال قوش‌تپه هم یک پروژهٔ انکشافی است و هم آزمونی برای روابط افغانستان با همسایگان "
        "شمالی‌اش. کابل ادعای مشروعی بر سهم عادلانه از آب دریای آمو دارد، اما دریایی که از "
        "مرزها می‌گذرد با تصمیم یک کشور به‌تنهایی مدیریت نمی‌شود. نشست‌های منظم تخنیکی، معلومات "
        "شفاف و سرمایه‌گذاری در آبیاری مؤثر می‌تواند این کانال را از منبع تنش به نمونه‌ای از "
        "همکاری بدل کند.</p>"
    ),
}

# Issue 559 (ar), analysis 1, section 1
_AR_559_S1 = {
    "heading": "ماذا تعني القناة لأفغانستان",
    "body": [
        {"type": "subheading", "value": {"number": "1", "text": "الأمن الغذائي"}},
        {
            "type": "paragraph",
            "value": (
                "<p>لا تزال أفغانستان تستورد جزءًا كبيرًا من حاجتها من القمح والدقيق. ومن شأن ري "
                "أراضٍ جديدة في بلخ وجوزجان وفارياب أن يمكّن البلاد من زراعة مزيد من الحبوب "
                "محليًا، وأن يخفف أثر تقلبات الأسعار في الأسواق الإقليمية.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "2", "text": "فرص العمل في الريف"}},
        {
            "type": "paragraph",
            "value": (
                "<p>وجد آلاف العمال من الولايات الشمالية عملًا في حفر القناة. وعندما تجري فيها "
                "المياه، يمكن للأراضي الزراعية الجديدة أن تستوعب أيضًا جزءًا من القوى العاملة "
                "التي تضخمت بعودة المهاجرين من إيران وباكستان.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "3", "text": "مشروع للاعتماد على الذات"}},
        {
            "type": "paragraph",
            "value": (
                "<p>ولأن القناة تُموَّل من الإيرادات المحلية لا من المنح الخارجية، تقدمها السلطات "
                "دليلًا على الاعتماد على الذات، ما يجعل تباطؤ العمل تحت ضغط خارجي أمرًا "
                "مستبعدًا.</p>"
            ),
        },
        {
            "type": "quotation",
            "value": {
                "quote": (
                    "كل هكتار تعيد إليه هذه القناة الحياة هو هكتار من القمح لن نضطر إلى استيراده."
                ),
                "attribution": "عبد الرحيم صديقي",
                "role": "مهندس ميداني في مشروع قناة قوش تيبه",
            },
        },
    ],
}

# Issue 559 (ar), analysis 1, section 2
_AR_559_S2 = {
    "heading": "مخاوف دول المصبّ",
    "body": [
        {"type": "subheading", "value": {"number": "", "text": "ما الذي يقلق طشقند وعشق آباد"}},
        {
            "type": "paragraph",
            "value": (
                "<p>تعتمد أوزبكستان وتركمانستان على نهر آمو داريا لري ملايين الهكتارات من "
                "القطن والقمح. وتتلخص مخاوفهما الرئيسية فيما يلي:</p>"
            ),
        },
        {
            "type": "bulleted_list",
            "value": [
                (
                    "<p><b>حجم المياه:</b> تتباين التقديرات تباينًا كبيرًا بشأن الكمية التي "
                    "ستسحبها القناة في نهاية المطاف، ويخشى المخططون في المصبّ انخفاض التدفق في "
                    "أشد أشهر الصيف جفافًا.</p>"
                ),
                (
                    "<p><b>التوقيت:</b> حتى السحب المعتدل، إذا بلغ ذروته في موسم الزراعة، "
                    "سيصيب مزارع خوارزم وداش أوغوز بأشد الضرر.</p>"
                ),
                (
                    "<p><b>الفاقد:</b> قد تفقد قناة غير مبطّنة تمر عبر تربة رملية حصة كبيرة من "
                    "مياهها بالتسرب والتبخر.</p>"
                ),
                (
                    "<p><b>غياب إطار مشترك:</b> لم تكن أفغانستان طرفًا في اتفاق عام 1992 الذي "
                    "تتقاسم بموجبه دول آسيا الوسطى مياه الحوض، فلا توجد قواعد مشتركة يمكن "
                    "الاحتكام إليها.</p>"
                ),
            ],
        },
        {
            "type": "paragraph",
            "value": (
                "<p>وحتى الآن فضّلت العاصمتان الاتصالات الفنية الهادئة على الانتقاد العلني، "
                "حرصًا على روابط التجارة والعبور والطاقة مع أفغانستان التي لا تريد أيّ منهما "
                "تعريضها للخطر.</p>"
            ),
        },
    ],
}

# Issue 559 (ar), analysis 1, section 3
_AR_559_S3 = {
    "heading": "نحو إدارة مشتركة",
    "body": [
        {"type": "subheading", "value": {"number": "", "text": "خطوات عملية"}},
        {
            "type": "numbered_list",
            "value": [
                (
                    "<p>منصة مشتركة لبيانات تدفق النهر وكميات السحب والأحوال الجوية، متاحة "
                    "لخبراء جميع الدول المشاطئة.</p>"
                ),
                (
                    "<p>تبطين أكثر أجزاء القناة عرضة للفاقد، واعتماد الري بالتنقيط والرش في "
                    "الأراضي الزراعية الجديدة.</p>"
                ),
                (
                    "<p>حصول أفغانستان على صفة مراقب في اللجنة المشتركة بين الدول لتنسيق "
                    "المياه في آسيا الوسطى، خطوةً نحو مشاركة أوسع.</p>"
                ),
            ],
        },
        {
            "type": "paragraph",
            "value": (
                "<p>لا يتطلب أيّ من هذه الإجراءات أن تتخلى أفغانستان عن حقها في الانتفاع "
                "بالنهر، بل يُظهر أنها تعتزم ممارسة هذا الحق بمسؤولية، ويسهّل على جيرانها تقبّل "
                "المشروع.</p>"
            ),
        },
    ],
}

_AR_559 = {
    "title": "قناة قوش تيبه ونهر آمو داريا: متطلبات التنمية والثقة الإقليمية",
    "introduction": (
        "<p>أعلنت الهيئة الوطنية لتنظيم شؤون المياه في أواخر أكتوبر أن أعمال الحفر في المرحلة "
        "الأخيرة من قناة قوش تيبه تجاوزت منتصفها، وأن أولى المزارع في ولاية جوزجان قد تتلقى "
        "مياهها في الربيع المقبل. وبعد أيام قليلة التقى خبراء المياه من أفغانستان وأوزبكستان "
        "في مدينة ترمذ لبحث قياس تدفقات النهر وتبادل البيانات الهيدرولوجية.</p>"
        "<p>تمتد القناة نحو 285 كيلومترًا، وهي أكبر مشروع ري تنفذه أفغانستان منذ نصف قرن. ترى "
        "فيها كابل طريقًا إلى الأمن الغذائي في الشمال، بينما تخشى عواصم المصبّ تراجع المياه التي "
        "تصل إلى حقولها. ويتناول هذا التحليل أهمية المشروع، ومخاوف الجيران، والخيارات المتاحة "
        "لإدارة نهر مشترك.</p>"
    ),
    "sections": [_AR_559_S1, _AR_559_S2, _AR_559_S3],
    "conclusion": (
        "<p>قناة قوش تيبه مشروع تنموي واختبار لعلاقات أفغانستان بجيرانها الشماليين في آن واحد. "
        "فلكابل مطلب مشروع في حصة عادلة من مياه آمو داريا، غير أن نهرًا يعبر الحدود لا يمكن أن "
        "تديره دولة واحدة بمفردها. ويمكن للاجتماعات الفنية المنتظمة والبيانات المفتوحة "
        "والاستثمار في الري الرشيد أن تحوّل القناة من مصدر توتر إلى نموذج للتعاون.</p>"
    ),
}

# Issue 560 (en), analysis 1, section 1
_EN_560A_S1 = {
    "heading": "The Economic Case",
    "body": [
        {"type": "subheading", "value": {"number": "1", "text": "Cheaper and faster trade"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Most goods moving between Central and South Asia now travel by road, often "
                "changing trucks several times on the way. A continuous rail link could cut "
                "delivery times from weeks to days and lower costs for exporters in "
                "Uzbekistan, Kazakhstan and Pakistan.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "2", "text": "Transit revenue"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Fees on cargo crossing Afghan territory could become a steady source of "
                "public income that does not depend on foreign aid.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "3", "text": "Connecting Afghan producers"}},
        {
            "type": "paragraph",
            "value": (
                "<p>The line would also link farms, mines and workshops in the north with the "
                "capital and with Pakistani ports, opening new routes for exports such as "
                "dried fruit, coal and carpets.</p>"
            ),
        },
        {
            "type": "quotation",
            "value": {
                "quote": (
                    "For Central Asia the shortest way to the sea runs through Afghanistan; a "
                    "railway simply makes that geography usable."
                ),
                "attribution": "Farhad Nazari",
                "role": "Transport economist in Mazar-i-Sharif",
            },
        },
    ],
}

# Issue 560 (en), analysis 1, section 2
_EN_560A_S2 = {
    "heading": "Obstacles on the Route",
    "body": [
        {"type": "subheading", "value": {"number": "", "text": "Cost, terrain and gauge"}},
        {
            "type": "bulleted_list",
            "value": [
                (
                    "<p><b>Cost:</b> estimates for the line of roughly 650 kilometres run to "
                    "several billion dollars, well beyond what the three governments can fund "
                    "on their own.</p>"
                ),
                (
                    "<p><b>Terrain:</b> crossing the Hindu Kush requires long tunnels and "
                    "bridges in harsh mountain conditions.</p>"
                ),
                (
                    "<p><b>Gauge:</b> the Central Asian railways and Pakistan's network use "
                    "different track widths, so cargo must be transferred or dual-gauge "
                    "solutions found.</p>"
                ),
                (
                    "<p><b>Finance:</b> international banks remain cautious about lending for "
                    "projects in Afghanistan.</p>"
                ),
            ],
        },
        {"type": "subheading", "value": {"number": "", "text": "Politics at the border"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Relations between Kabul and Islamabad, strained at times by border and "
                "security disputes, will also affect the pace of work on the southern section. "
                "Without steady political contact, even a fully financed plan could stall at "
                "Torkham.</p>"
            ),
        },
    ],
}

# Issue 560 (en), analysis 1, section 3
_EN_560A_S3 = {
    "heading": "A Crowded Field of Corridors",
    "body": [
        {"type": "subheading", "value": {"number": "", "text": "Rivals or complements?"}},
        {
            "type": "paragraph",
            "value": (
                "<p>The Trans-Afghan line is not the only option. The Middle Corridor across "
                "the Caspian, the International North–South Transport Corridor through Iran "
                "and the proposed Five Nations Railway across western Afghanistan all compete "
                "for the same cargo and the same investors. Afghanistan would gain most by "
                "presenting itself as a junction where several of these routes meet, provided "
                "its trade and customs policies remain open and predictable.</p>"
            ),
        },
    ],
}

_EN_560A = {
    "title": "The Trans-Afghan Railway: From Paper to Tracks",
    "introduction": (
        "<p>Delegations from Afghanistan, Uzbekistan and Pakistan met in Tashkent on 10 "
        "November to review the updated feasibility study for the Trans-Afghan Railway, the "
        "planned line that would run from Termez through Mazar-i-Sharif and the Kabul area to "
        "Peshawar. Discussions centred on the mountain section of the route, the division of "
        "costs and the search for international lenders.</p>"
        "<p>The idea has circulated for years, but recent months have produced more concrete "
        "steps than before, including survey work on the northern stretch. This analysis "
        "considers what the railway could bring, what stands in its way, and where it fits "
        "among the region's competing corridors.</p>"
    ),
    "sections": [_EN_560A_S1, _EN_560A_S2, _EN_560A_S3],
    "conclusion": (
        "<p>The Trans-Afghan Railway has moved further in the past year than at any point in "
        "the past decade, but the hardest stages, financing and the mountain crossing, still "
        "lie ahead. Its success will depend less on declarations than on whether the three "
        "countries can agree on costs, attract lenders and keep politics from interrupting the "
        "work. If they can, Afghanistan stands to gain both transit income and a new outlet "
        "for its own producers.</p>"
    ),
}

# Issue 560 (en), analysis 2, section 1
_EN_560B_S1 = {
    "heading": "The Scale of the Pressure",
    "body": [
        {
            "type": "subheading",
            "value": {"number": "1", "text": "Falling wages for day labour"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>In Herat, Kandahar and Jalalabad, day labourers say that daily rates in "
                "construction have dropped as more workers compete for the same jobs.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "2", "text": "Strain on urban services"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Many families settle on the outskirts of large cities, where rents climb "
                "and schools and clinics struggle to keep up.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "3", "text": "Skills left unused"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Many returnees spent years in Iran's construction and manufacturing "
                "industries or in Pakistan's transport and trade, and bring experience that "
                "the Afghan economy has yet to put to work.</p>"
            ),
        },
        {
            "type": "quotation",
            "value": {
                "quote": (
                    "In Isfahan I built apartment towers; here I wait at the crossroads every "
                    "morning and count myself lucky to find two days' work a week."
                ),
                "attribution": "Gul Ahmad",
                "role": "Returnee and construction worker in Herat",
            },
        },
    ],
}

# Issue 560 (en), analysis 2, section 2
_EN_560B_S2 = {
    "heading": "Where Work Could Come From",
    "body": [
        {"type": "subheading", "value": {"number": "", "text": "Sectors with potential"}},
        {
            "type": "bulleted_list",
            "value": [
                (
                    "<p>Agriculture and food processing, especially in northern areas gaining "
                    "new irrigation.</p>"
                ),
                "<p>Construction of roads, canals and, in time, the planned railway.</p>",
                "<p>Mining, where new contracts oblige companies to hire local workers.</p>",
                (
                    "<p>Small workshops and services, if micro-credit becomes more widely "
                    "available.</p>"
                ),
            ],
        },
        {
            "type": "paragraph",
            "value": (
                "<p>None of these sectors can take on large numbers quickly without investment "
                "and training, and most of the jobs they offer are seasonal.</p>"
            ),
        },
    ],
}

# Issue 560 (en), analysis 2, section 3
_EN_560B_S3 = {
    "heading": "Policy Options",
    "body": [
        {"type": "subheading", "value": {"number": "", "text": "Practical measures"}},
        {
            "type": "numbered_list",
            "value": [
                (
                    "<p>Record returnees' skills at crossings such as Islam Qala and Torkham, "
                    "so that employers and training centres can find them.</p>"
                ),
                (
                    "<p>Offer short vocational courses designed together with employers in "
                    "construction, mining and agriculture.</p>"
                ),
                (
                    "<p>Favour labour-intensive methods in public works such as canal "
                    "maintenance and rural roads.</p>"
                ),
            ],
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Coordination between the government, humanitarian agencies and the private "
                "sector will decide whether these measures reach returnees before their "
                "savings run out.</p>"
            ),
        },
    ],
}

_EN_560B = {
    "title": "Returnees from Iran and Pakistan and the Labour Market",
    "introduction": (
        "<p>Figures published this week by the Ministry of Refugees and Repatriation show that "
        "more than one million Afghans have returned from Iran and Pakistan since the start of "
        "2026, a large share of them deported. Returns accelerated again in October as winter "
        "approached and checks on undocumented migrants intensified in both countries.</p>"
        "<p>Most returnees are young men of working age, but a growing proportion are whole "
        "families with neither house nor land to go back to. This analysis assesses the "
        "pressure they place on Afghanistan's labour market, the sectors that could absorb "
        "them, and the policies that might ease their reintegration.</p>"
    ),
    "sections": [_EN_560B_S1, _EN_560B_S2, _EN_560B_S3],
    "conclusion": (
        "<p>The return of Afghans from neighbouring countries is not only a humanitarian "
        "matter but an economic one. Handled poorly, it will depress wages and overstretch "
        "cities; handled well, it can bring skilled labour to the very projects, from canals "
        "to railways, on which the country's growth depends. The difference lies in whether "
        "returnees are treated as a burden to be managed or as workers to be employed.</p>"
    ),
}

# Issue 560 (ps), analysis 1, section 1
_PS_560A_S1 = {
    "heading": "اقتصادي دلیلونه",
    "body": [
        {"type": "subheading", "value": {"number": "1", "text": "ارزانه او چټکه سوداګري"}},
        {
            "type": "paragraph",
            "value": (
                "<p>د منځنۍ او سوېلي اسیا ترمنځ ډېری توکي اوس د ځمکې له لارې او اکثره په لار "
                "کې د څو ځله لارۍ بدلولو سره لېږدول کېږي. یوه پرله‌پسې اورګاډي پټلۍ کولای شي د "
                "توکو د رسېدو وخت له اونیو څخه ورځو ته راټیټ کړي او د ازبکستان، قزاقستان او "
                "پاکستان د صادرونکو لګښتونه کم کړي.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "2", "text": "ترانزیټي عواید"}},
        {
            "type": "paragraph",
            "value": (
                "<p>له افغان خاورې څخه د تېرېدونکو توکو محصول کولای شي د دولت لپاره د عوایدو "
                "یوه ثابته سرچینه شي چې پر بهرنیو مرستو تکیه نه لري.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "3", "text": "د افغان تولیدوونکو نښلول"}},
        {
            "type": "paragraph",
            "value": (
                "<p>دا پټلۍ به د شمال فارمونه، کانونه او کارځایونه هم له پلازمېنې او د پاکستان "
                "له بندرونو سره ونښلوي او د وچې مېوې، ډبرو سکرو او غالیو په څېر صادراتو ته به "
                "نوې لارې پرانیزي.</p>"
            ),
        },
        {
            "type": "quotation",
            "value": {
                "quote": (
                    "د منځنۍ اسیا لپاره سمندر ته تر ټولو لنډه لار له افغانستان څخه تېرېږي؛ "
                    "اورګاډی یوازې دا جغرافیه د ګټې وړ ګرځوي."
                ),
                "attribution": "فرهاد نظري",
                "role": "په مزار شریف کې د ترانسپورټ اقتصادپوه",
            },
        },
    ],
}

# Issue 560 (ps), analysis 1, section 2
_PS_560A_S2 = {
    "heading": "د لارې خنډونه",
    "body": [
        {
            "type": "subheading",
            "value": {"number": "", "text": "لګښت، جغرافیه او د پټلۍ پلنوالی"},
        },
        {
            "type": "bulleted_list",
            "value": [
                (
                    "<p><b>لګښت:</b> د شاوخوا ۶۵۰ کیلومتره اوږدې پټلۍ اټکل شوی لګښت څو "
                    "میلیارده ډالره دی چې د درېیو حکومتونو له وس څخه ډېر لوړ دی.</p>"
                ),
                (
                    "<p><b>جغرافیه:</b> له هندوکش څخه تېرېدل په سختو غرنیو شرایطو کې اوږدو "
                    "تونلونو او پلونو ته اړتیا لري.</p>"
                ),
                (
                    "<p><b>د پټلۍ پلنوالی:</b> د منځنۍ اسیا او پاکستان د اورګاډي شبکې بېل "
                    "پلنوالی لري، نو یا باید توکي له یوه اورګاډي بل ته واړول شي یا دوه‌ګونی حل "
                    "پیدا شي.</p>"
                ),
                (
                    "<p><b>تمویل:</b> نړیوال بانکونه لا هم په افغانستان کې پروژو ته د پور "
                    "ورکولو په برخه کې محتاط دي.</p>"
                ),
            ],
        },
        {"type": "subheading", "value": {"number": "", "text": "پر پوله سیاست"}},
        {
            "type": "paragraph",
            "value": (
                "<p>د کابل او اسلام اباد اړیکې چې کله ناکله د پولې او امنیتي مسایلو له امله "
                "ترینګلې شوې دي، د سوېلي برخې د کار پر چټکتیا به هم اغېز وکړي. د دوامداره "
                "سیاسي اړیکو پرته، حتی هغه طرحه چې تمویل یې بشپړ وي، کېدای شي په تورخم کې "
                "ودرېږي.</p>"
            ),
        },
    ],
}

# Issue 560 (ps), analysis 1, section 3
_PS_560A_S3 = {
    "heading": "د دهلیزونو ګڼه ګوڼه",
    "body": [
        {"type": "subheading", "value": {"number": "", "text": "سیالان که بشپړوونکي؟"}},
        {
            "type": "paragraph",
            "value": (
                "<p>ټرانس افغان پټلۍ یوازینۍ لاره نه ده. د کسپین سمندرګي له لارې منځنی دهلیز، "
                "د ایران له لارې د شمال–سوېل نړیوال ترانسپورټي دهلیز او د افغانستان په لوېدیځ "
                "کې د پنځو هېوادونو وړاندیز شوې اورګاډي پټلۍ ټول د همدې توکو او همدې پانګوالو "
                "لپاره سیالي کوي. افغانستان به هغه وخت تر ټولو ډېره ګټه وکړي چې ځان د داسې "
                "څلورلارې په توګه وروپېژني چې څو لارې پکې سره یوځای کېږي؛ په دې شرط چې "
                "سوداګریزې او ګمرکي پالیسۍ یې پرانیستې او د وړاندوینې وړ پاتې شي.</p>"
            ),
        },
    ],
}

_PS_560A = {
    "title": "د ټرانس افغان اورګاډي پټلۍ: له نقشې تر جوړونې",
    "introduction": (
        "<p>د افغانستان، ازبکستان او پاکستان پلاوو د لړم په ۱۹مه په تاشکند کې سره ولیدل څو د "
        "ټرانس افغان اورګاډي پټلۍ د امکان سنجۍ تازه شوې مطالعه وڅېړي؛ هغه پټلۍ چې باید له ترمز "
        "څخه د مزار شریف او کابل د شاوخوا له لارې تر پېښوره وغځېږي. د خبرو محور د لارې غرنۍ "
        "برخه، د لګښتونو وېش او د نړیوالو پور ورکوونکو موندل وو.</p>"
        "<p>پر دې طرحې له کلونو راهیسې بحث کېږي، خو په وروستیو میاشتو کې تر بل هر وخت ډېر عملي "
        "ګامونه اخیستل شوي، چې د شمالي برخې سروې هم پکې شامله ده. دا شننه ګوري چې اورګاډی څه "
        "راوړلای شي، د هغه پر وړاندې کوم خنډونه پراته دي، او د سیمې د سیالو دهلیزونو په منځ کې "
        "یې ځای چېرته دی.</p>"
    ),
    "sections": [_PS_560A_S1, _PS_560A_S2, _PS_560A_S3],
    "conclusion": (
        "<p>ټرانس افغان اورګاډي پټلۍ په تېر یوه کال کې د تېرې لسیزې تر هر وخت ډېر پرمختګ کړی، "
        "خو تر ټولو سخت پړاوونه، یعنې تمویل او له غرونو تېرېدل، لا مخې ته پراته دي. بریالیتوب "
        "به یې تر اعلامیو ډېر په دې پورې اړه ولري چې درې واړه هېوادونه پر لګښتونو سره جوړ شي، "
        "پور ورکوونکي راجلب کړي او پرې نږدي چې سیاست کار ودروي. که دا وشي، افغانستان به هم "
        "ترانزیټي عواید ترلاسه کړي او هم به خپلو تولیدوونکو ته نوې لار پرانیزي.</p>"
    ),
}

# Issue 560 (ps), analysis 2, section 1
_PS_560B_S1 = {
    "heading": "د فشار کچه",
    "body": [
        {"type": "subheading", "value": {"number": "1", "text": "د ورځنیو مزدونو راټیټېدل"}},
        {
            "type": "paragraph",
            "value": (
                "<p>په هرات، کندهار او جلال اباد کې ورځني کارګر وايي چې په ودانیزه برخه کې "
                "ورځني مزدونه راټیټ شوي، ځکه د یوه کار لپاره ډېر کسان سیالي کوي.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "2", "text": "پر ښاري خدمتونو فشار"}},
        {
            "type": "paragraph",
            "value": (
                "<p>ډېرې کورنۍ د لویو ښارونو په څنډو کې مېشتېږي، چېرې چې کرایې لوړېږي او "
                "ښوونځي او کلینیکونه په سختۍ سره اړتیاوې پوره کولای شي.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "3", "text": "ناکارول شوي مهارتونه"}},
        {
            "type": "paragraph",
            "value": (
                "<p>ډېرو راستانه شویو کلونه کلونه د ایران په ودانیزو او تولیدي صنعتونو یا د "
                "پاکستان په ترانسپورټ او سوداګرۍ کې کار کړی او داسې تجربه یې له ځانه سره راوړې "
                "چې د افغانستان اقتصاد لا تر اوسه ترې ګټه نه ده اخیستې.</p>"
            ),
        },
        {
            "type": "quotation",
            "value": {
                "quote": (
                    "په اصفهان کې مې لوړې ودانۍ جوړولې؛ دلته هر سهار په څلورلارې کې انتظار کوم "
                    "او که په اونۍ کې دوه ورځې کار پیدا کړم، ځان بختور ګڼم."
                ),
                "attribution": "ګل احمد",
                "role": "په هرات کې راستون شوی ودانیز کارګر",
            },
        },
    ],
}

# Issue 560 (ps), analysis 2, section 2
_PS_560B_S2 = {
    "heading": "کار له کومه راتلای شي",
    "body": [
        {"type": "subheading", "value": {"number": "", "text": "هغه سکتورونه چې ظرفیت لري"}},
        {
            "type": "bulleted_list",
            "value": [
                (
                    "<p>کرنه او د خوړو پروسس، په ځانګړي ډول د شمال په هغو سیمو کې چې نوې "
                    "خړوبېږي.</p>"
                ),
                "<p>د سړکونو، کانالونو او په راتلونکي کې د وړاندیز شوې اورګاډي پټلۍ جوړول.</p>",
                "<p>کانونه، چېرې چې نوي قراردادونه شرکتونه مکلف کوي چې ځايي کارګر وګوماري.</p>",
                (
                    "<p>کوچني کارځایونه او خدمتونه، که چېرې کوچني پورونه په پراخه کچه د لاسرسي "
                    "وړ شي.</p>"
                ),
            ],
        },
        {
            "type": "paragraph",
            "value": (
                "<p>له دې سکتورونو هېڅ یو د پانګونې او روزنې پرته نه شي کولی ډېر شمېر خلک ژر "
                "جذب کړي، او ډېری هغه کارونه چې وړاندې کوي یې موسمي دي.</p>"
            ),
        },
    ],
}

# Issue 560 (ps), analysis 2, section 3
_PS_560B_S3 = {
    "heading": "د پالیسۍ لارې چارې",
    "body": [
        {"type": "subheading", "value": {"number": "", "text": "عملي ګامونه"}},
        {
            "type": "numbered_list",
            "value": [
                (
                    "<p>د اسلام قلعې او تورخم په څېر تېرېدنځایونو کې د راستانه شویو د مهارتونو "
                    "ثبتول، څو کارګمارونکي او روزنیز مرکزونه یې پیدا کړای شي.</p>"
                ),
                (
                    "<p>لنډمهاله مسلکي کورسونه چې د ودانیزو، کانونو او کرنې له کارګمارونکو سره "
                    "په ګډه طرحه شوي وي.</p>"
                ),
                (
                    "<p>په عامه کارونو لکه د کانالونو ساتنه او کلیوالي سړکونو کې هغو طریقو ته "
                    "لومړیتوب ورکول چې ډېرو کارګرو ته اړتیا لري.</p>"
                ),
            ],
        },
        {
            "type": "paragraph",
            "value": (
                "<p>د حکومت، بشري مرستندویه ادارو او خصوصي سکتور ترمنځ همغږي به دا وټاکي چې "
                "آیا دا ګامونه مخکې له دې چې د راستانه شویو سپما ختمه شي، دوی ته رسېږي که "
                "نه.</p>"
            ),
        },
    ],
}

_PS_560B = {
    "title": "له ایران او پاکستان څخه راستانه شوي کډوال او د کار بازار",
    "introduction": (
        "<p>د کډوالو او راستنېدونکو چارو وزارت دا اونۍ کومې شمېرې خپرې کړې، هغه ښيي چې د ۲۰۲۶ "
        "میلادي کال له پیل راهیسې له یو میلیون څخه ډېر افغانان له ایران او پاکستان څخه راستانه "
        "شوي چې لویه برخه یې اېستل شوې ده. د ژمي په رانږدې کېدو او په دواړو هېوادونو کې پر بې "
        "اسنادو کډوالو د سختګیرۍ په زیاتېدو سره، د تلې او لړم په میاشتو کې د راستنېدو بهیر یو "
        "ځل بیا ګړندی شو.</p>"
        "<p>ډېری راستانه شوي د کار په عمر کې ځوانان دي، خو د هغو کورنیو شمېر مخ پر زیاتېدو دی "
        "چې نه کور لري او نه ځمکه. دا شننه د افغانستان د کار پر بازار د دوی فشار، هغه سکتورونه "
        "چې دوی جذبولای شي، او هغه پالیسۍ ارزوي چې کېدای شي په ټولنه کې د دوی بیا ځای پر ځای "
        "کېدل اسانه کړي.</p>"
    ),
    "sections": [_PS_560B_S1, _PS_560B_S2, _PS_560B_S3],
    "conclusion": (
        "<p>له ګاونډیو هېوادونو څخه د افغانانو راستنېدل یوازې بشري مسئله نه ده، بلکې اقتصادي "
        "موضوع هم ده. که په سمه توګه اداره نه شي، مزدونه به راټیټ کړي او پر ښارونو به ډېر فشار "
        "راوړي؛ خو که ښه اداره شي، کولای شي ماهر کاري ځواک هغو پروژو ته ورسوي چې د هېواد وده "
        "ورپورې تړلې ده، له کانالونو نیولې تر اورګاډي پټلۍ پورې. توپیر په دې کې دی چې راستانه "
        "شوي د داسې بار په سترګه وکتل شي چې باید اداره شي، که د داسې کارګرو په سترګه چې باید "
        "وګومارل شي.</p>"
    ),
}

# Issue 560 (fa-af), analysis 1, section 1
_FA_560A_S1 = {
    "heading": "توجیه اقتصادی",
    "body": [
        {"type": "subheading", "value": {"number": "1", "text": "تجارت ارزان‌تر و سریع‌تر"}},
        {
            "type": "paragraph",
            "value": (
                "<p>بیشتر کالاهایی که میان آسیای میانه و جنوب آسیا جابه‌جا می‌شوند، اکنون از راه "
                "زمینی و اغلب با چند بار تعویض موتر انتقال می‌یابند. یک پیوند ریلی پیوسته "
                "می‌تواند زمان رسیدن کالا را از چند هفته به چند روز کاهش دهد و هزینهٔ "
                "صادرکنندگان ازبکستان، قزاقستان و پاکستان را پایین بیاورد.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "2", "text": "عواید ترانزیتی"}},
        {
            "type": "paragraph",
            "value": (
                "<p>محصول کالاهایی که از خاک افغانستان عبور می‌کنند، می‌تواند به منبع ثابتی از "
                "عواید عامه تبدیل شود که به کمک‌های خارجی وابسته نیست.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "3", "text": "وصل کردن تولیدکنندگان افغان"}},
        {
            "type": "paragraph",
            "value": (
                "<p>این خط همچنین مزارع، معادن و کارگاه‌های شمال را با پایتخت و بنادر پاکستان "
                "وصل می‌کند و برای صادراتی چون میوهٔ خشک، ذغال سنگ و قالین راه‌های تازه "
                "می‌گشاید.</p>"
            ),
        },
        {
            "type": "quotation",
            "value": {
                "quote": (
                    "برای آسیای میانه کوتاه‌ترین راه به دریا از افغانستان می‌گذرد؛ خط آهن تنها "
                    "این جغرافیا را قابل استفاده می‌سازد."
                ),
                "attribution": "فرهاد نظری",
                "role": "اقتصاددان حمل و نقل در مزار شریف",
            },
        },
    ],
}

# Issue 560 (fa-af), analysis 1, section 2
_FA_560A_S2 = {
    "heading": "موانع مسیر",
    "body": [
        {"type": "subheading", "value": {"number": "", "text": "هزینه، جغرافیا و عرض ریل"}},
        {
            "type": "bulleted_list",
            "value": [
                (
                    "<p><b>هزینه:</b> برآورد هزینهٔ این خط حدوداً ۶۵۰ کیلومتری به چندین میلیارد "
                    "دالر می‌رسد که بسیار فراتر از توان مالی سه دولت است.</p>"
                ),
                (
                    "<p><b>جغرافیا:</b> عبور از هندوکش به تونل‌ها و پل‌های طولانی در شرایط دشوار "
                    "کوهستانی نیاز دارد.</p>"
                ),
                (
                    "<p><b>عرض ریل:</b> راه‌آهن آسیای میانه و شبکهٔ پاکستان عرض‌های متفاوت دارند؛ "
                    "بنابراین یا باید کالا جابه‌جا شود یا راه‌حل دوعرضی یافته شود.</p>"
                ),
                (
                    "<p><b>تمویل:</b> بانک‌های بین‌المللی هنوز در پرداخت قرضه برای پروژه‌های "
                    "افغانستان محتاط‌اند.</p>"
                ),
            ],
        },
        {"type": "subheading", "value": {"number": "", "text": "سیاست در مرز"}},
        {
            "type": "paragraph",
            "value": (
                "<p>روابط کابل و اسلام‌آباد که گاه بر سر مسایل مرزی و امنیتی تیره شده، بر سرعت "
                "کار در بخش جنوبی نیز اثر خواهد گذاشت. بدون تماس سیاسی پایدار، حتی طرحی که "
                "تمویل آن کامل شده باشد ممکن است در تورخم متوقف بماند.</p>"
            ),
        },
    ],
}

# Issue 560 (fa-af), analysis 1, section 3
_FA_560A_S3 = {
    "heading": "دهلیزهای رقیب",
    "body": [
        {"type": "subheading", "value": {"number": "", "text": "رقیب یا مکمل؟"}},
        {
            "type": "paragraph",
            "value": (
                "<p>خط ترانس‌افغان تنها گزینه نیست. دهلیز میانی از راه بحیرهٔ کسپین، دهلیز "
                "بین‌المللی شمال–جنوب از طریق ایران و خط آهن پیشنهادی پنج کشور در غرب افغانستان "
                "همه بر سر همان کالا و همان سرمایه‌گذاران رقابت دارند. افغانستان زمانی بیشترین "
                "سود را می‌برد که خود را چهارراهی معرفی کند که چند مسیر در آن به هم می‌رسند؛ به "
                "شرط آن‌که پالیسی‌های تجارتی و گمرکی‌اش باز و قابل پیش‌بینی بماند.</p>"
            ),
        },
    ],
}

_FA_560A = {
    "title": "خط آهن ترانس‌افغان: از کاغذ تا ریل",
    "introduction": (
        "<p>هیئت‌هایی از افغانستان، ازبکستان و پاکستان روز ۱۹ عقرب در تاشکند دیدار کردند تا "
        "مطالعهٔ امکان‌سنجی به‌روزشدهٔ خط آهن ترانس‌افغان را بررسی کنند؛ خطی که قرار است از ترمز از "
        "طریق مزار شریف و حوالی کابل تا پشاور امتداد یابد. محور گفت‌وگوها بخش کوهستانی مسیر، "
        "تقسیم هزینه‌ها و یافتن وام‌دهندگان بین‌المللی بود.</p>"
        "<p>این طرح سال‌هاست مطرح است، اما ماه‌های اخیر گام‌های عملی‌تری از گذشته به همراه داشته، "
        "از جمله کار سروی در بخش شمالی. این تحلیل بررسی می‌کند که خط آهن چه چیزی می‌تواند به "
        "همراه آورد، چه موانعی پیش رو دارد و در میان دهلیزهای رقیب منطقه چه جایگاهی دارد.</p>"
    ),
    "sections": [_FA_560A_S1, _FA_560A_S2, _FA_560A_S3],
    "conclusion": (
        "<p>خط آهن ترانس‌افغان در یک سال گذشته بیش از هر زمان دیگری در دههٔ اخیر پیش رفته است، "
        "اما دشوارترین مراحل، یعنی تمویل و عبور از کوه‌ها، هنوز در پیش است. موفقیت آن بیش از "
        "اعلامیه‌ها به این بستگی دارد که آیا سه کشور می‌توانند بر سر هزینه‌ها توافق کنند، "
        "وام‌دهندگان را جذب کنند و نگذارند سیاست کار را متوقف سازد. در آن صورت، افغانستان هم "
        "عواید ترانزیتی به دست می‌آورد و هم راه تازه‌ای برای تولیدکنندگان خود.</p>"
    ),
}

# Issue 560 (fa-af), analysis 2, section 1
_FA_560B_S1 = {
    "heading": "ابعاد فشار",
    "body": [
        {"type": "subheading", "value": {"number": "1", "text": "کاهش مزد کارگران روزمزد"}},
        {
            "type": "paragraph",
            "value": (
                "<p>کارگران روزمزد در هرات، کندهار و جلال‌آباد می‌گویند با افزایش شمار کسانی که "
                "برای همان کارها رقابت می‌کنند، مزد روزانه در بخش ساختمانی پایین آمده است.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "2", "text": "فشار بر خدمات شهری"}},
        {
            "type": "paragraph",
            "value": (
                "<p>بسیاری از خانواده‌ها در حاشیهٔ شهرهای بزرگ جا می‌گیرند؛ جایی که کرایهٔ خانه "
                "بالا می‌رود و مکاتب و کلینیک‌ها به سختی پاسخگو اند.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "3", "text": "مهارت‌های بی‌استفاده"}},
        {
            "type": "paragraph",
            "value": (
                "<p>بسیاری از عودت‌کنندگان سال‌ها در صنایع ساختمانی و تولیدی ایران یا در "
                "ترانسپورت و تجارت پاکستان کار کرده‌اند و تجربه‌ای با خود آورده‌اند که اقتصاد "
                "افغانستان هنوز از آن بهره نگرفته است.</p>"
            ),
        },
        {
            "type": "quotation",
            "value": {
                "quote": (
                    "در اصفهان آپارتمان‌های بلند می‌ساختم؛ این‌جا هر صبح سر چوک منتظر می‌مانم و "
                    "اگر هفته‌ای دو روز کار پیدا کنم، خود را خوش‌بخت می‌دانم."
                ),
                "attribution": "گل احمد",
                "role": "عودت‌کننده و کارگر ساختمانی در هرات",
            },
        },
    ],
}

# Issue 560 (fa-af), analysis 2, section 2
_FA_560B_S2 = {
    "heading": "کار از کجا می‌آید",
    "body": [
        {"type": "subheading", "value": {"number": "", "text": "سکتورهای دارای ظرفیت"}},
        {
            "type": "bulleted_list",
            "value": [
                (
                    "<p>زراعت و پروسس مواد غذایی، به‌ویژه در ساحاتی از شمال که آبیاری تازه به "
                    "دست می‌آورند.</p>"
                ),
                "<p>ساخت سرک‌ها، کانال‌ها و در آینده، خط آهن پیشنهادی.</p>",
                (
                    "<p>معادن، جایی که قراردادهای تازه شرکت‌ها را به استخدام کارگران محلی مکلف "
                    "می‌سازد.</p>"
                ),
                (
                    "<p>کارگاه‌های کوچک و خدمات، در صورتی که قرضه‌های کوچک به‌طور گسترده‌تر در "
                    "دسترس قرار گیرد.</p>"
                ),
            ],
        },
        {
            "type": "paragraph",
            "value": (
                "<p>هیچ‌یک از این سکتورها بدون سرمایه‌گذاری و آموزش نمی‌تواند شمار زیادی را "
                "به‌سرعت جذب کند و بیشتر کارهایی که عرضه می‌کنند فصلی است.</p>"
            ),
        },
    ],
}

# Issue 560 (fa-af), analysis 2, section 3
_FA_560B_S3 = {
    "heading": "گزینه‌های پالیسی",
    "body": [
        {"type": "subheading", "value": {"number": "", "text": "اقدامات عملی"}},
        {
            "type": "numbered_list",
            "value": [
                (
                    "<p>ثبت مهارت‌های عودت‌کنندگان در گذرگاه‌هایی مانند اسلام‌قلعه و تورخم، تا "
                    "کارفرمایان و مراکز آموزشی بتوانند آنان را بیابند.</p>"
                ),
                (
                    "<p>برگزاری دوره‌های کوتاه‌مدت حرفه‌ای که با همکاری کارفرمایان بخش‌های "
                    "ساختمانی، معدن و زراعت طراحی شده باشد.</p>"
                ),
                ("<p>ترجیح روش‌های کاربر در کارهای عامه، مانند نگهداری کانال‌ها و سرک‌های دهات.</p>"),
            ],
        },
        {
            "type": "paragraph",
            "value": (
                "<p>هماهنگی میان حکومت، نهادهای بشردوستانه و سکتور خصوصی تعیین می‌کند که آیا "
                "این اقدامات پیش از تمام شدن پس‌اندازهای عودت‌کنندگان به آنان می‌رسد یا نه.</p>"
            ),
        },
    ],
}

_FA_560B = {
    "title": "عودت‌کنندگان از ایران و پاکستان و بازار کار",
    "introduction": (
        "<p>ارقامی که این هفته وزارت امور مهاجرین و عودت‌کنندگان نشر کرد نشان می‌دهد که از آغاز "
        "سال ۲۰۲۶ میلادی تا کنون بیش از یک میلیون افغان از ایران و پاکستان بازگشته‌اند که بخش "
        "بزرگی از آنان اخراج شده‌اند. با نزدیک شدن زمستان و سخت‌گیری بیشتر بر مهاجرین بی‌مدرک در "
        "هر دو کشور، روند بازگشت در ماه‌های میزان و عقرب دوباره شدت گرفت.</p>"
        "<p>بیشتر عودت‌کنندگان مردان جوان در سن کار اند، اما سهم خانواده‌هایی که نه خانه‌ای دارند "
        "و نه زمینی برای بازگشت، رو به افزایش است. این تحلیل فشار آنان بر بازار کار افغانستان، "
        "سکتورهایی که می‌توانند آنان را جذب کنند و پالیسی‌هایی را که ممکن است ادغام دوباره‌شان را "
        "آسان‌تر سازد، بررسی می‌کند.</p>"
    ),
    "sections": [_FA_560B_S1, _FA_560B_S2, _FA_560B_S3],
    "conclusion": (
        "<p>بازگشت افغان‌ها از کشورهای همسایه تنها یک مسئلهٔ بشری نیست، بلکه موضوعی اقتصادی نیز "
        "هست. اگر بد مدیریت شود، مزدها را پایین می‌آورد و شهرها را زیر فشار می‌گذارد؛ اما اگر "
        "درست مدیریت شود، می‌تواند نیروی کار ماهر را به همان پروژه‌هایی برساند که رشد کشور به "
        "آن‌ها وابسته است، از کانال‌ها تا خط آهن. تفاوت در این است که عودت‌کنندگان باری برای "
        "مدیریت دیده شوند یا کارگرانی برای استخدام.</p>"
    ),
}

# Issue 560 (ar), analysis 1, section 1
_AR_560A_S1 = {
    "heading": "الجدوى الاقتصادية",
    "body": [
        {"type": "subheading", "value": {"number": "1", "text": "تجارة أرخص وأسرع"}},
        {
            "type": "paragraph",
            "value": (
                "<p>تنتقل معظم البضائع بين آسيا الوسطى وجنوب آسيا اليوم برًّا، وكثيرًا ما تُنقل من "
                "شاحنة إلى أخرى عدة مرات في الطريق. ومن شأن خط حديدي متصل أن يختصر زمن التسليم "
                "من أسابيع إلى أيام، وأن يخفض التكاليف على المصدّرين في أوزبكستان وكازاخستان "
                "وباكستان.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "2", "text": "عائدات العبور"}},
        {
            "type": "paragraph",
            "value": (
                "<p>يمكن أن تصبح الرسوم المفروضة على البضائع العابرة للأراضي الأفغانية مصدرًا "
                "ثابتًا للإيرادات العامة لا يعتمد على المساعدات الخارجية.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "3", "text": "ربط المنتجين الأفغان"}},
        {
            "type": "paragraph",
            "value": (
                "<p>وسيربط الخط أيضًا المزارع والمناجم والورش في الشمال بالعاصمة وبالموانئ "
                "الباكستانية، فاتحًا منافذ جديدة لصادرات مثل الفواكه المجففة والفحم والسجاد.</p>"
            ),
        },
        {
            "type": "quotation",
            "value": {
                "quote": (
                    "أقصر طريق من آسيا الوسطى إلى البحر يمر عبر أفغانستان، وكل ما تفعله السكة "
                    "الحديدية هو أنها تجعل هذه الجغرافيا قابلة للاستخدام."
                ),
                "attribution": "فرهاد نظري",
                "role": "خبير في اقتصاديات النقل في مزار شريف",
            },
        },
    ],
}

# Issue 560 (ar), analysis 1, section 2
_AR_560A_S2 = {
    "heading": "عقبات على الطريق",
    "body": [
        {
            "type": "subheading",
            "value": {"number": "", "text": "الكلفة والتضاريس وعرض القضبان"},
        },
        {
            "type": "bulleted_list",
            "value": [
                (
                    "<p><b>الكلفة:</b> تصل تقديرات كلفة الخط البالغ طوله نحو 650 كيلومترًا إلى "
                    "عدة مليارات من الدولارات، وهو ما يتجاوز كثيرًا قدرة الحكومات الثلاث على "
                    "التمويل بمفردها.</p>"
                ),
                (
                    "<p><b>التضاريس:</b> يتطلب عبور جبال هندوكوش أنفاقًا وجسورًا طويلة في ظروف "
                    "جبلية قاسية.</p>"
                ),
                (
                    "<p><b>عرض القضبان:</b> تعتمد شبكات آسيا الوسطى وشبكة باكستان مقاييس "
                    "مختلفة، ما يستلزم نقل البضائع بين القطارات أو إيجاد حلول مزدوجة "
                    "المقياس.</p>"
                ),
                (
                    "<p><b>التمويل:</b> لا تزال المصارف الدولية حذرة في الإقراض لمشروعات داخل "
                    "أفغانستان.</p>"
                ),
            ],
        },
        {"type": "subheading", "value": {"number": "", "text": "السياسة على الحدود"}},
        {
            "type": "paragraph",
            "value": (
                "<p>كما ستؤثر العلاقات بين كابل وإسلام آباد، التي توترت أحيانًا بسبب خلافات "
                "حدودية وأمنية، في وتيرة العمل في القسم الجنوبي. ومن دون تواصل سياسي مستقر، قد "
                "تتعثر حتى خطة مكتملة التمويل عند معبر تورخم.</p>"
            ),
        },
    ],
}

# Issue 560 (ar), analysis 1, section 3
_AR_560A_S3 = {
    "heading": "ازدحام الممرات",
    "body": [
        {"type": "subheading", "value": {"number": "", "text": "متنافسة أم متكاملة؟"}},
        {
            "type": "paragraph",
            "value": (
                "<p>ليس الخط العابر لأفغانستان الخيار الوحيد؛ فالممر الأوسط عبر بحر قزوين، "
                "وممر النقل الدولي بين الشمال والجنوب عبر إيران، وسكة حديد الدول الخمس "
                "المقترحة عبر غرب أفغانستان، كلها تتنافس على البضائع نفسها والمستثمرين أنفسهم. "
                "وستجني أفغانستان أكبر فائدة إذا قدّمت نفسها عقدةً تلتقي فيها عدة طرق، شريطة أن "
                "تبقى سياساتها التجارية والجمركية منفتحة ويمكن التنبؤ بها.</p>"
            ),
        },
    ],
}

_AR_560A = {
    "title": "سكة الحديد العابرة لأفغانستان: من الورق إلى القضبان",
    "introduction": (
        "<p>اجتمعت وفود من أفغانستان وأوزبكستان وباكستان في طشقند في 10 نوفمبر لمراجعة دراسة "
        "الجدوى المحدَّثة لسكة الحديد العابرة لأفغانستان، وهو الخط المزمع مدّه من ترمذ عبر مزار "
        "شريف ومحيط كابل إلى بيشاور. وتركزت المناقشات على القسم الجبلي من المسار، وتقاسم "
        "التكاليف، والبحث عن مقرضين دوليين.</p>"
        "<p>تُطرح الفكرة منذ سنوات، غير أن الأشهر الأخيرة شهدت خطوات عملية أكثر من أي وقت مضى، "
        "منها أعمال المسح في القسم الشمالي. ويتناول هذا التحليل ما يمكن أن يقدمه الخط، "
        "والعقبات التي تعترضه، وموقعه بين الممرات الإقليمية المتنافسة.</p>"
    ),
    "sections": [_AR_560A_S1, _AR_560A_S2, _AR_560A_S3],
    "conclusion": (
        "<p>قطعت سكة الحديد العابرة لأفغانستان في العام الماضي شوطًا أبعد مما قطعته في أي وقت "
        "خلال العقد الأخير، لكن أصعب المراحل، أي التمويل وعبور الجبال، لا تزال أمامها. وسيتوقف "
        "نجاحها على قدرة الدول الثلاث على الاتفاق بشأن التكاليف واجتذاب المقرضين ومنع السياسة "
        "من تعطيل العمل، أكثر من توقفه على البيانات الرسمية. فإن تحقق ذلك، كسبت أفغانستان "
        "عائدات العبور ومنفذًا جديدًا لمنتجيها في آن واحد.</p>"
    ),
}

# Issue 560 (ar), analysis 2, section 1
_AR_560B_S1 = {
    "heading": "حجم الضغط",
    "body": [
        {"type": "subheading", "value": {"number": "1", "text": "تراجع أجور العمالة اليومية"}},
        {
            "type": "paragraph",
            "value": (
                "<p>يقول عمال المياومة في هرات وقندهار وجلال آباد إن الأجور اليومية في قطاع "
                "البناء انخفضت مع تزايد عدد المتنافسين على الأعمال ذاتها.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "2", "text": "ضغط على الخدمات في المدن"}},
        {
            "type": "paragraph",
            "value": (
                "<p>تستقر أسر كثيرة في أطراف المدن الكبرى، حيث ترتفع الإيجارات وتجد المدارس "
                "والعيادات صعوبة في مواكبة الطلب.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "3", "text": "مهارات معطّلة"}},
        {
            "type": "paragraph",
            "value": (
                "<p>أمضى كثير من العائدين سنوات في قطاعي البناء والتصنيع في إيران أو في النقل "
                "والتجارة في باكستان، وعادوا بخبرات لم يستثمرها الاقتصاد الأفغاني بعد.</p>"
            ),
        },
        {
            "type": "quotation",
            "value": {
                "quote": (
                    "في أصفهان كنت أبني الأبراج السكنية، وهنا أنتظر كل صباح عند مفترق الطرق، "
                    "وأعدّ نفسي محظوظًا إن وجدت عمل يومين في الأسبوع."
                ),
                "attribution": "غل أحمد",
                "role": "عائد يعمل في البناء في هرات",
            },
        },
    ],
}

# Issue 560 (ar), analysis 2, section 2
_AR_560B_S2 = {
    "heading": "من أين قد تأتي فرص العمل",
    "body": [
        {"type": "subheading", "value": {"number": "", "text": "قطاعات واعدة"}},
        {
            "type": "bulleted_list",
            "value": [
                (
                    "<p>الزراعة والصناعات الغذائية، ولا سيما في مناطق الشمال التي تصلها مياه "
                    "الري حديثًا.</p>"
                ),
                "<p>إنشاء الطرق والقنوات، ولاحقًا سكة الحديد المزمع إنشاؤها.</p>",
                "<p>التعدين، حيث تُلزم العقود الجديدة الشركاتِ بتشغيل عمال محليين.</p>",
                "<p>الورش الصغيرة والخدمات، إذا أصبح التمويل الأصغر متاحًا على نطاق أوسع.</p>",
            ],
        },
        {
            "type": "paragraph",
            "value": (
                "<p>لا يستطيع أيّ من هذه القطاعات استيعاب أعداد كبيرة بسرعة من دون استثمار "
                "وتدريب، كما أن معظم فرص العمل التي يوفرها موسمية.</p>"
            ),
        },
    ],
}

# Issue 560 (ar), analysis 2, section 3
_AR_560B_S3 = {
    "heading": "خيارات السياسات",
    "body": [
        {"type": "subheading", "value": {"number": "", "text": "إجراءات عملية"}},
        {
            "type": "numbered_list",
            "value": [
                (
                    "<p>تسجيل مهارات العائدين في المعابر مثل إسلام قلعة وتورخم، ليتمكن أصحاب "
                    "العمل ومراكز التدريب من الوصول إليهم.</p>"
                ),
                (
                    "<p>تقديم دورات مهنية قصيرة تُصمَّم بالتعاون مع أصحاب العمل في البناء "
                    "والتعدين والزراعة.</p>"
                ),
                (
                    "<p>تفضيل الأساليب كثيفة العمالة في الأشغال العامة، مثل صيانة القنوات "
                    "والطرق الريفية.</p>"
                ),
            ],
        },
        {
            "type": "paragraph",
            "value": (
                "<p>وسيحدد التنسيق بين الحكومة والوكالات الإنسانية والقطاع الخاص ما إذا كانت "
                "هذه الإجراءات ستصل إلى العائدين قبل أن تنفد مدخراتهم.</p>"
            ),
        },
    ],
}

_AR_560B = {
    "title": "العائدون من إيران وباكستان وسوق العمل",
    "introduction": (
        "<p>تُظهر الأرقام التي نشرتها وزارة شؤون اللاجئين والعودة هذا الأسبوع أن أكثر من مليون "
        "أفغاني عادوا من إيران وباكستان منذ بداية عام 2026، وقد رُحّل كثير منهم. وتسارعت وتيرة "
        "العودة مجددًا في أكتوبر مع اقتراب الشتاء وتشديد الرقابة على المهاجرين غير الموثقين في "
        "البلدين.</p>"
        "<p>معظم العائدين شبان في سن العمل، لكن نسبة متزايدة منهم أسر كاملة لا تملك بيتًا ولا "
        "أرضًا تعود إليها. ويقيّم هذا التحليل الضغط الذي يشكّلونه على سوق العمل في أفغانستان، "
        "والقطاعات القادرة على استيعابهم، والسياسات التي قد تيسّر إعادة إدماجهم.</p>"
    ),
    "sections": [_AR_560B_S1, _AR_560B_S2, _AR_560B_S3],
    "conclusion": (
        "<p>عودة الأفغان من البلدان المجاورة ليست مسألة إنسانية فحسب، بل هي مسألة اقتصادية "
        "أيضًا. فإن أُسيئت إدارتها خفّضت الأجور وأثقلت كاهل المدن، وإن أُحسنت إدارتها أمكن أن توفر "
        "يدًا عاملة ماهرة للمشروعات نفسها التي يعتمد عليها نمو البلاد، من القنوات إلى سكك "
        "الحديد. والفارق يكمن في النظر إلى العائدين: عبئًا ينبغي إدارته، أم عمّالًا ينبغي "
        "تشغيلهم.</p>"
    ),
}

# Issue 561 (en), analysis 1, section 1
_EN_561_S1 = {
    "heading": "What Drives Central Asia's Engagement",
    "body": [
        {
            "type": "subheading",
            "value": {"number": "1", "text": "Trade and access to southern markets"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>For landlocked Uzbekistan and Kazakhstan, Afghanistan is the shortest "
                "route to the ports and markets of Pakistan and India. Trade with Afghanistan "
                "has grown steadily, and Termez has become a logistics hub where goods are "
                "prepared for the journey south.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "2", "text": "Energy exports"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Electricity from Uzbekistan, Turkmenistan and Tajikistan already supplies "
                "most of Kabul's power. Projects such as the CASA-1000 transmission line and "
                "the TAPI gas pipeline would turn Afghanistan from a buyer of energy into a "
                "transit country that earns fees.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "3", "text": "Security along the border"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Concerns about armed groups and drug trafficking have not disappeared. Yet "
                "the neighbours increasingly regard cooperation with Afghan border forces as "
                "more effective than keeping their distance.</p>"
            ),
        },
        {
            "type": "quotation",
            "value": {
                "quote": (
                    "Our neighbours have come to see that a stable Afghanistan is worth more "
                    "to them as a customer and a corridor than as a problem to be contained."
                ),
                "attribution": "Nasir Ahmad Hotak",
                "role": "Researcher on Central Asian affairs",
            },
        },
    ],
}

# Issue 561 (en), analysis 1, section 2
_EN_561_S2 = {
    "heading": "Different Neighbours, Different Approaches",
    "body": [
        {
            "type": "subheading",
            "value": {"number": "", "text": "Five capitals, five calculations"},
        },
        {
            "type": "bulleted_list",
            "value": [
                (
                    "<p><b>Uzbekistan</b> is the most active partner, investing in the Termez "
                    "hub, the Trans-Afghan Railway and cross-border trade zones.</p>"
                ),
                (
                    "<p><b>Turkmenistan</b> concentrates on energy and rail, including work on "
                    "TAPI in Herat and rail links at Torghundi and Aqina.</p>"
                ),
                (
                    "<p><b>Kazakhstan</b> is a key supplier of wheat and flour and has set "
                    "ambitious targets for bilateral trade.</p>"
                ),
                (
                    "<p><b>Tajikistan</b> has been the most cautious, but it still sells "
                    "electricity and may now be softening its stance.</p>"
                ),
                (
                    "<p><b>Kyrgyzstan</b>, which has no shared border, engages mainly through "
                    "CASA-1000 and regional forums.</p>"
                ),
            ],
        },
        {"type": "subheading", "value": {"number": "", "text": "The Tajik question"}},
        {
            "type": "paragraph",
            "value": (
                "<p>The Termez meeting suggests that Dushanbe is weighing the costs of "
                "distance against the benefits of trade. A working group on border markets is "
                "a modest step, but it would bring practical contact between communities "
                "living on both banks of the Panj.</p>"
            ),
        },
    ],
}

# Issue 561 (en), analysis 1, section 3
_EN_561_S3 = {
    "heading": "Open Questions",
    "body": [
        {
            "type": "subheading",
            "value": {"number": "", "text": "The limits of a pragmatic partnership"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Engagement so far rests on practical interests rather than formal "
                "agreements, and it remains vulnerable to shocks. Three questions will shape "
                "the next stage:</p>"
            ),
        },
        {
            "type": "numbered_list",
            "value": [
                (
                    "<p>Can financing be found for large projects such as TAPI and the "
                    "railway, which no single neighbour can fund alone?</p>"
                ),
                (
                    "<p>Can disputes over the Amu Darya, sharpened by the Qosh Tepa canal, be "
                    "kept within technical channels?</p>"
                ),
                (
                    "<p>Can security cooperation be insulated from the wider question of "
                    "international recognition?</p>"
                ),
            ],
        },
    ],
}

_EN_561 = {
    "title": "Afghanistan and Central Asia: From Border Security to Economic Partnership",
    "introduction": (
        "<p>On 17 and 18 November, officials from Afghanistan, Uzbekistan, Turkmenistan, "
        "Tajikistan and Kazakhstan gathered in Termez for a forum on connectivity and "
        "security. On the sidelines, the Afghan and Tajik delegations held their first meeting "
        "at deputy-minister level in several years and agreed to revive a working group on "
        "cross-border markets.</p>"
        "<p>The meeting is the latest sign of a gradual change in how Central Asian capitals "
        "deal with Kabul. Where the emphasis once lay almost entirely on border security, it "
        "now extends to trade, electricity and transport. This analysis looks at what drives "
        "that change, how the neighbours differ, and which questions remain open.</p>"
    ),
    "sections": [_EN_561_S1, _EN_561_S2, _EN_561_S3],
    "conclusion": (
        "<p>Central Asia's approach to Afghanistan has moved from containment towards cautious "
        "partnership, driven above all by trade and energy. The Termez forum shows that this "
        "shift now reaches even the most hesitant neighbour. For Kabul, the opportunity lies "
        "in turning goodwill into binding agreements on transit, power and water; for the "
        "region, it lies in recognising that its own prosperity depends in part on a connected "
        "and stable Afghanistan.</p>"
    ),
}

# Issue 561 (ps), analysis 1, section 1
_PS_561_S1 = {
    "heading": "د منځنۍ اسیا د ښکېلتیا لاملونه",
    "body": [
        {
            "type": "subheading",
            "value": {"number": "1", "text": "سوداګري او سوېلي بازارونو ته لاسرسی"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>د ازبکستان او قزاقستان لپاره، چې سمندر ته لار نه لري، افغانستان د پاکستان "
                "او هند بندرونو او بازارونو ته تر ټولو لنډه لار ده. له افغانستان سره سوداګري "
                "په منظم ډول زیاته شوې او ترمز په یوه لوژستیکي مرکز بدل شوی چې توکي پکې سوېل "
                "ته د سفر لپاره چمتو کېږي.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "2", "text": "د انرژۍ صادرات"}},
        {
            "type": "paragraph",
            "value": (
                "<p>د ازبکستان، ترکمنستان او تاجکستان برېښنا همدا اوس د کابل د برېښنا ډېره "
                "برخه برابروي. د CASA-1000 د لېږد لیکې او د TAPI د ګازو د نل لیکې په څېر پروژې "
                "به افغانستان د انرژۍ له پېرودونکي څخه په داسې ترانزیټي هېواد بدل کړي چې محصول "
                "ترلاسه کوي.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "3", "text": "د پولې امنیت"}},
        {
            "type": "paragraph",
            "value": (
                "<p>د وسله والو ډلو او د مخدره توکو د قاچاق په اړه اندېښنې له منځه تللې نه دي. "
                "خو ګاونډیان په زیاتېدونکي ډول له افغان سرحدي ځواکونو سره همکاري تر لرې والي "
                "ډېره اغېزمنه بولي.</p>"
            ),
        },
        {
            "type": "quotation",
            "value": {
                "quote": (
                    "زموږ ګاونډیان پوه شوي چې یو باثباته افغانستان د پېرودونکي او دهلیز په "
                    "توګه ورته تر هغې ستونزې ډېر ارزښت لري چې باید مهار شي."
                ),
                "attribution": "نصیر احمد هوتک",
                "role": "د منځنۍ اسیا د چارو څېړونکی",
            },
        },
    ],
}

# Issue 561 (ps), analysis 1, section 2
_PS_561_S2 = {
    "heading": "بېل ګاونډیان، بېل چلندونه",
    "body": [
        {"type": "subheading", "value": {"number": "", "text": "پنځه پلازمېنې، پنځه حسابونه"}},
        {
            "type": "bulleted_list",
            "value": [
                (
                    "<p><b>ازبکستان</b> تر ټولو فعال شریک دی چې د ترمز په مرکز، ټرانس افغان "
                    "اورګاډي پټلۍ او پولې ته نږدې سوداګریزو سیمو کې پانګونه کوي.</p>"
                ),
                (
                    "<p><b>ترکمنستان</b> پر انرژۍ او اورګاډي تمرکز لري، چې په هرات کې د TAPI "
                    "کار او په تورغونډۍ او اقینه کې د اورګاډي نښلونې پکې شاملې دي.</p>"
                ),
                (
                    "<p><b>قزاقستان</b> د غنمو او اوړو مهم عرضه کوونکی دی او د دوه اړخیزې "
                    "سوداګرۍ لپاره یې لوړ هدفونه ټاکلي دي.</p>"
                ),
                (
                    "<p><b>تاجکستان</b> تر ټولو محتاط و، خو لا هم برېښنا پلوري او اوس ښايي خپل "
                    "دریځ نرم کړي.</p>"
                ),
                (
                    "<p><b>قرغیزستان</b> چې له افغانستان سره ګډه پوله نه لري، په عمده توګه د "
                    "CASA-1000 او سیمه‌ییزو غونډو له لارې ښکېل دی.</p>"
                ),
            ],
        },
        {"type": "subheading", "value": {"number": "", "text": "د تاجکستان پوښتنه"}},
        {
            "type": "paragraph",
            "value": (
                "<p>د ترمز ناسته ښيي چې دوشنبه د لرې والي لګښتونه د سوداګرۍ له ګټو سره تلي. د "
                "پولې د بازارونو لپاره کاري ډله یو کوچنی ګام دی، خو د پنج سیند پر دواړو غاړو "
                "مېشتو ټولنو ترمنځ به عملي اړیکې رامنځته کړي.</p>"
            ),
        },
    ],
}

# Issue 561 (ps), analysis 1, section 3
_PS_561_S3 = {
    "heading": "پرانیستې پوښتنې",
    "body": [
        {
            "type": "subheading",
            "value": {"number": "", "text": "د یوې عملي ملګرتیا محدودیتونه"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>تر اوسه ښکېلتیا پر رسمي تړونونو نه، بلکې پر عملي ګټو ولاړه ده او د ټکانونو "
                "پر وړاندې زیان منونکې پاتې ده. درې پوښتنې به راتلونکی پړاو وټاکي:</p>"
            ),
        },
        {
            "type": "numbered_list",
            "value": [
                (
                    "<p>آیا د TAPI او اورګاډي پټلۍ په څېر لویو پروژو لپاره تمویل پیدا کېدای "
                    "شي، چې هېڅ یو ګاونډی یې یوازې نه شي تمویلولی؟</p>"
                ),
                (
                    "<p>آیا د آمو سیند پر سر شخړې، چې د قوش تېپه کانال له امله لا تودې شوې دي، "
                    "په تخنیکي چینلونو کې ساتل کېدای شي؟</p>"
                ),
                (
                    "<p>آیا امنیتي همکاري د نړیوال رسمیت پېژندنې له پراخې پوښتنې څخه جلا ساتل "
                    "کېدای شي؟</p>"
                ),
            ],
        },
    ],
}

_PS_561 = {
    "title": "افغانستان او منځنۍ اسیا: د پولې له امنیت څخه تر اقتصادي ملګرتیا پورې",
    "introduction": (
        "<p>د لړم په ۲۶ او ۲۷مه د افغانستان، ازبکستان، ترکمنستان، تاجکستان او قزاقستان چارواکي "
        "په ترمز کې د نښلونې او امنیت په اړه یوې غونډې ته راټول شول. د غونډې په څنډه کې د "
        "افغانستان او تاجکستان پلاوو په څو کلونو کې د مرستیال وزیر په کچه خپله لومړۍ ناسته "
        "وکړه او موافقه یې وکړه چې د پولې د بازارونو کاري ډله بیا فعاله کړي.</p>"
        "<p>دا ناسته د دې وروستۍ نښه ده چې د منځنۍ اسیا پلازمېنې په تدریجي ډول له کابل سره خپل "
        "چلند بدلوي. که پخوا یې پام نږدې بشپړ د پولې پر امنیت و، اوس سوداګرۍ، برېښنا او "
        "ترانسپورټ ته هم غځېدلی دی. دا شننه ګوري چې دا بدلون څه شی چلوي، ګاونډیان څنګه سره "
        "توپیر لري او کومې پوښتنې لا ځواب ته اړتیا لري.</p>"
    ),
    "sections": [_PS_561_S1, _PS_561_S2, _PS_561_S3],
    "conclusion": (
        "<p>افغانستان ته د منځنۍ اسیا چلند له مهار څخه د محتاطې ملګرتیا پر لور تللی، او تر "
        "ټولو ډېر یې سوداګري او انرژي چلوي. د ترمز غونډې وښوده چې دا بدلون اوس تر ټولو زړه نا "
        "زړه ګاونډي ته هم رسېدلی دی. د کابل لپاره فرصت په دې کې دی چې دا ښه نیت د ترانزیټ، "
        "برېښنا او اوبو په اړه په الزامي تړونونو بدل کړي؛ او د سیمې لپاره په دې کې چې ومني د "
        "هغې خپله سوکالي تر یوه بریده په یوه نښلول شوي او باثباته افغانستان پورې تړلې ده.</p>"
    ),
}

# Issue 561 (fa-af), analysis 1, section 1
_FA_561_S1 = {
    "heading": "انگیزه‌های تعامل آسیای میانه",
    "body": [
        {
            "type": "subheading",
            "value": {"number": "1", "text": "تجارت و دسترسی به بازارهای جنوب"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>برای ازبکستان و قزاقستان که به دریا راه ندارند، افغانستان کوتاه‌ترین راه به "
                "بنادر و بازارهای پاکستان و هند است. تجارت با افغانستان پیوسته افزایش یافته و "
                "ترمز به مرکزی لوژستیکی بدل شده که کالاها در آن برای سفر به جنوب آماده "
                "می‌شوند.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "2", "text": "صادرات انرژی"}},
        {
            "type": "paragraph",
            "value": (
                "<p>برق ازبکستان، ترکمنستان و تاجکستان هم‌اکنون بیشتر برق کابل را تأمین می‌کند. "
                "پروژه‌هایی چون لین انتقال برق CASA-1000 و پایپ‌لاین گاز TAPI افغانستان را از "
                "خریدار انرژی به کشوری ترانزیتی بدل می‌کنند که از عبور آن محصول می‌گیرد.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "3", "text": "امنیت در امتداد مرز"}},
        {
            "type": "paragraph",
            "value": (
                "<p>نگرانی‌ها دربارهٔ گروه‌های مسلح و قاچاق مواد مخدر از میان نرفته است. اما "
                "همسایگان بیش از پیش همکاری با نیروهای سرحدی افغانستان را مؤثرتر از فاصله "
                "گرفتن می‌دانند.</p>"
            ),
        },
        {
            "type": "quotation",
            "value": {
                "quote": (
                    "همسایگان ما دریافته‌اند که افغانستان باثبات به‌عنوان مشتری و دهلیز برایشان "
                    "بسیار بیشتر می‌ارزد تا مشکلی که باید مهار شود."
                ),
                "attribution": "نصیر احمد هوتک",
                "role": "پژوهشگر امور آسیای میانه",
            },
        },
    ],
}

# Issue 561 (fa-af), analysis 1, section 2
_FA_561_S2 = {
    "heading": "همسایگان متفاوت، رویکردهای متفاوت",
    "body": [
        {"type": "subheading", "value": {"number": "", "text": "پنج پایتخت، پنج محاسبه"}},
        {
            "type": "bulleted_list",
            "value": [
                (
                    "<p><b>ازبکستان</b> فعال‌ترین شریک است و در مرکز لوژستیکی ترمز، خط آهن "
                    "ترانس‌افغان و مناطق تجارتی مرزی سرمایه‌گذاری می‌کند.</p>"
                ),
                (
                    "<p><b>ترکمنستان</b> بر انرژی و راه‌آهن تمرکز دارد، از جمله کار TAPI در "
                    "هرات و پیوندهای ریلی در تورغندی و آقینه.</p>"
                ),
                (
                    "<p><b>قزاقستان</b> عرضه‌کنندهٔ مهم گندم و آرد است و برای تجارت دوجانبه "
                    "اهداف بلندپروازانه‌ای تعیین کرده است.</p>"
                ),
                (
                    "<p><b>تاجکستان</b> محتاط‌ترین همسایه بوده، اما همچنان برق می‌فروشد و اکنون "
                    "شاید موضع خود را نرم‌تر کند.</p>"
                ),
                (
                    "<p><b>قرغیزستان</b> که با افغانستان مرز مشترک ندارد، عمدتاً از راه "
                    "CASA-1000 و نشست‌های منطقوی تعامل می‌کند.</p>"
                ),
            ],
        },
        {"type": "subheading", "value": {"number": "", "text": "مسئلهٔ تاجکستان"}},
        {
            "type": "paragraph",
            "value": (
                "<p>نشست ترمز نشان می‌دهد که دوشنبه هزینه‌های فاصله گرفتن را با منافع تجارت "
                "می‌سنجد. گروه کاری بازارهای مرزی گامی کوچک است، اما میان مردمی که در دو سوی "
                "دریای پنج زندگی می‌کنند، تماس عملی ایجاد می‌کند.</p>"
            ),
        },
    ],
}

# Issue 561 (fa-af), analysis 1, section 3
_FA_561_S3 = {
    "heading": "پرسش‌های باز",
    "body": [
        {
            "type": "subheading",
            "value": {"number": "", "text": "محدودیت‌های یک همکاری عمل‌گرایانه"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>تعامل تا کنون بر منافع عملی استوار بوده نه بر توافق‌نامه‌های رسمی، و در "
                "برابر تکان‌ها آسیب‌پذیر است. سه پرسش مرحلهٔ بعدی را شکل خواهد داد:</p>"
            ),
        },
        {
            "type": "numbered_list",
            "value": [
                (
                    "<p>آیا برای پروژه‌های بزرگی مانند TAPI و خط آهن، که هیچ همسایه‌ای به‌تنهایی "
                    "توان تمویل آن‌ها را ندارد، منابع مالی پیدا می‌شود؟</p>"
                ),
                (
                    "<p>آیا اختلافات بر سر دریای آمو، که با کانال قوش‌تپه شدت گرفته، در مجاری "
                    "تخنیکی باقی خواهد ماند؟</p>"
                ),
                (
                    "<p>آیا می‌توان همکاری امنیتی را از پرسش گسترده‌تر به رسمیت شناختن بین‌المللی "
                    "جدا نگه داشت؟</p>"
                ),
            ],
        },
    ],
}

_FA_561 = {
    "title": "افغانستان و آسیای میانه: از امنیت مرزی تا همکاری اقتصادی",
    "introduction": (
        "<p>در روزهای ۲۶ و ۲۷ عقرب، مقامات افغانستان، ازبکستان، ترکمنستان، تاجکستان و قزاقستان "
        "برای نشستی دربارهٔ پیوندهای منطقوی و امنیت در ترمز گرد آمدند. در حاشیهٔ این نشست، "
        "هیئت‌های افغانستان و تاجکستان نخستین دیدار خود را پس از چند سال در سطح معین وزارت "
        "برگزار کردند و توافق کردند که گروه کاری بازارهای مرزی دوباره فعال شود.</p>"
        "<p>این نشست تازه‌ترین نشانهٔ تغییری تدریجی در شیوهٔ برخورد پایتخت‌های آسیای میانه با کابل "
        "است. اگر پیش‌تر تمرکز تقریباً به‌طور کامل بر امنیت مرزی بود، اکنون تجارت، برق و "
        "ترانسپورت را نیز در بر می‌گیرد. این تحلیل به عوامل این تغییر، تفاوت‌های همسایگان و "
        "پرسش‌هایی که هنوز باز مانده‌اند می‌پردازد.</p>"
    ),
    "sections": [_FA_561_S1, _FA_561_S2, _FA_561_S3],
    "conclusion": (
        "<p>رویکرد آسیای میانه در قبال افغانستان از مهار به سوی همکاری محتاطانه حرکت کرده و "
        "بیش از همه تجارت و انرژی آن را پیش می‌برد. نشست ترمز نشان داد که این تغییر اکنون حتی "
        "به مردّدترین همسایه نیز رسیده است. فرصت کابل در این است که این حسن نیت را به "
        "توافق‌نامه‌های الزام‌آور دربارهٔ ترانزیت، برق و آب تبدیل کند؛ و فرصت منطقه در این است که "
        "بپذیرد رفاه خودش تا اندازه‌ای به افغانستانی پیوسته و باثبات وابسته است.</p>"
    ),
}

# Issue 561 (ar), analysis 1, section 1
_AR_561_S1 = {
    "heading": "دوافع انخراط آسيا الوسطى",
    "body": [
        {
            "type": "subheading",
            "value": {"number": "1", "text": "التجارة والوصول إلى أسواق الجنوب"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>بالنسبة إلى أوزبكستان وكازاخستان، اللتين لا تطلان على البحر، تمثل "
                "أفغانستان أقصر طريق إلى موانئ باكستان والهند وأسواقهما. وقد نمت التجارة مع "
                "أفغانستان بثبات، وتحولت ترمذ إلى مركز لوجستي تُجهَّز فيه البضائع للرحلة "
                "جنوبًا.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "2", "text": "صادرات الطاقة"}},
        {
            "type": "paragraph",
            "value": (
                "<p>توفر الكهرباء القادمة من أوزبكستان وتركمانستان وطاجيكستان معظم حاجة كابل "
                "من الطاقة. ومن شأن مشروعات مثل خط نقل الكهرباء CASA-1000 وخط أنابيب الغاز "
                "TAPI أن تحوّل أفغانستان من مشترٍ للطاقة إلى بلد عبور يجني الرسوم.</p>"
            ),
        },
        {"type": "subheading", "value": {"number": "3", "text": "الأمن على الحدود"}},
        {
            "type": "paragraph",
            "value": (
                "<p>لم تختفِ المخاوف المتعلقة بالجماعات المسلحة وتهريب المخدرات، لكن الجيران "
                "باتوا يرون على نحو متزايد أن التعاون مع قوات الحدود الأفغانية أجدى من "
                "الابتعاد.</p>"
            ),
        },
        {
            "type": "quotation",
            "value": {
                "quote": (
                    "أدرك جيراننا أن أفغانستان المستقرة أثمن لهم بوصفها زبونًا وممرًا منها "
                    "بوصفها مشكلة ينبغي احتواؤها."
                ),
                "attribution": "نصير أحمد هوتك",
                "role": "باحث في شؤون آسيا الوسطى",
            },
        },
    ],
}

# Issue 561 (ar), analysis 1, section 2
_AR_561_S2 = {
    "heading": "جيران مختلفون ومقاربات مختلفة",
    "body": [
        {"type": "subheading", "value": {"number": "", "text": "خمس عواصم وخمس حسابات"}},
        {
            "type": "bulleted_list",
            "value": [
                (
                    "<p><b>أوزبكستان</b> هي الشريك الأكثر نشاطًا، إذ تستثمر في مركز ترمذ وسكة "
                    "الحديد العابرة لأفغانستان والمناطق التجارية الحدودية.</p>"
                ),
                (
                    "<p><b>تركمانستان</b> تركز على الطاقة والسكك الحديدية، بما في ذلك أعمال "
                    "TAPI في هرات والوصلات الحديدية في تورغندي وآقينة.</p>"
                ),
                (
                    "<p><b>كازاخستان</b> مورد رئيسي للقمح والدقيق، وقد وضعت أهدافًا طموحة "
                    "للتجارة الثنائية.</p>"
                ),
                (
                    "<p><b>طاجيكستان</b> كانت الأكثر حذرًا، لكنها لا تزال تبيع الكهرباء، وربما "
                    "بدأت تليّن موقفها الآن.</p>"
                ),
                (
                    "<p><b>قرغيزستان</b>، التي لا تشترك في حدود مع أفغانستان، تنخرط أساسًا عبر "
                    "CASA-1000 والمنتديات الإقليمية.</p>"
                ),
            ],
        },
        {"type": "subheading", "value": {"number": "", "text": "المسألة الطاجيكية"}},
        {
            "type": "paragraph",
            "value": (
                "<p>يوحي اجتماع ترمذ بأن دوشنبه توازن بين كلفة الابتعاد ومكاسب التجارة. ففريق "
                "العمل المعني بالأسواق الحدودية خطوة متواضعة، لكنه سيتيح تواصلًا عمليًا بين "
                "المجتمعات المقيمة على ضفتي نهر بنج.</p>"
            ),
        },
    ],
}

# Issue 561 (ar), analysis 1, section 3
_AR_561_S3 = {
    "heading": "أسئلة مفتوحة",
    "body": [
        {"type": "subheading", "value": {"number": "", "text": "حدود الشراكة البراغماتية"}},
        {
            "type": "paragraph",
            "value": (
                "<p>يقوم الانخراط حتى الآن على مصالح عملية لا على اتفاقات رسمية، ويظل عرضة "
                "للصدمات. وستحدد ثلاثة أسئلة ملامح المرحلة المقبلة:</p>"
            ),
        },
        {
            "type": "numbered_list",
            "value": [
                (
                    "<p>هل يمكن تأمين التمويل لمشروعات كبرى مثل TAPI وسكة الحديد، لا يستطيع أي "
                    "جار تمويلها منفردًا؟</p>"
                ),
                (
                    "<p>هل يمكن إبقاء الخلافات حول نهر آمو داريا، التي زادتها قناة قوش تيبه "
                    "حدة، ضمن القنوات الفنية؟</p>"
                ),
                ("<p>هل يمكن عزل التعاون الأمني عن المسألة الأوسع المتعلقة بالاعتراف الدولي؟</p>"),
            ],
        },
    ],
}

_AR_561 = {
    "title": "أفغانستان وآسيا الوسطى: من أمن الحدود إلى الشراكة الاقتصادية",
    "introduction": (
        "<p>اجتمع في ترمذ يومي 17 و18 نوفمبر مسؤولون من أفغانستان وأوزبكستان وتركمانستان "
        "وطاجيكستان وكازاخستان في منتدى حول الترابط الإقليمي والأمن. وعلى هامش المنتدى عقد "
        "الوفدان الأفغاني والطاجيكي أول لقاء بينهما على مستوى نواب الوزراء منذ سنوات، واتفقا "
        "على إعادة تفعيل فريق عمل معنيّ بالأسواق الحدودية.</p>"
        "<p>يُعدّ الاجتماع أحدث مؤشر على تغيّر تدريجي في تعامل عواصم آسيا الوسطى مع كابل؛ فبعد أن "
        "كان التركيز ينصبّ بالكامل تقريبًا على أمن الحدود، بات يشمل التجارة والكهرباء والنقل. "
        "ويبحث هذا التحليل دوافع هذا التغير، والاختلافات بين الجيران، والأسئلة التي لا تزال "
        "مطروحة.</p>"
    ),
    "sections": [_AR_561_S1, _AR_561_S2, _AR_561_S3],
    "conclusion": (
        "<p>انتقلت مقاربة آسيا الوسطى تجاه أفغانستان من الاحتواء إلى شراكة حذرة، تحركها "
        "التجارة والطاقة قبل كل شيء. وقد أظهر منتدى ترمذ أن هذا التحول بلغ حتى أكثر الجيران "
        "ترددًا. وتكمن الفرصة أمام كابل في تحويل هذه النوايا الحسنة إلى اتفاقات ملزمة بشأن "
        "العبور والكهرباء والمياه، وأمام المنطقة في الإقرار بأن ازدهارها يتوقف جزئيًا على "
        "أفغانستان مترابطة ومستقرة.</p>"
    ),
}

ISSUES = [
    {
        "number": 559,
        "week_start": date(2026, 11, 2),
        "week_end": date(2026, 11, 6),
        "original_language": "ps",
        "topics": ["water-resources", "regional-diplomacy"],
        "content": {
            "en": {
                "title": (
                    "The Qosh Tepa Canal and the Amu Darya: Development Needs and Regional Trust"
                ),
                "standfirst": (
                    "Work on the final phase of the Qosh Tepa canal is moving ahead, and with "
                    "it the debate over how the waters of the Amu Darya should be shared. This "
                    "issue weighs what the canal offers farmers in northern Afghanistan "
                    "against the worries of Uzbekistan and Turkmenistan downstream, and sets "
                    "out practical steps towards joint management of the river."
                ),
                "analyses": [{"type": "analysis", "value": _EN_559}],
                "recommendations": [
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>The Islamic Emirate should establish a standing technical "
                            "committee with Uzbekistan and Turkmenistan to exchange data on "
                            "the flows of the Amu Darya.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>Part of the canal's budget should be set aside for lining "
                            "vulnerable sections and for promoting water-saving irrigation on "
                            "newly irrigated land.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>Kabul should seek observer status in regional water "
                            "institutions and engage with the legal frameworks that govern the "
                            "basin.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>Downstream countries should acknowledge Afghanistan's right to "
                            "use the river and keep the issue within technical channels rather "
                            "than turning it into a political dispute.</p>"
                        ),
                    },
                ],
                "references": [
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "Tolo News",
                            "title": "Qosh Tepa Canal's Final Phase Passes Halfway Mark",
                            "date": "2026-10-28",
                            "url": "https://example.org/tolonews/2026/10/qosh-tepa-final-phase",
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "Radio Azadi",
                            "title": "Afghan and Uzbek Water Experts Meet in Termez",
                            "date": "2026-10-30",
                            "url": "https://example.org/azadi/2026/10/termez-water-talks",
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "Pajhwok",
                            "title": "Jawzjan Farmers Prepare for Canal Water",
                            "date": "2026-10-23",
                            "url": "https://example.org/pajhwok/2026/10/jawzjan-farmers-canal",
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "CSRS",
                            "title": "The Amu Darya Basin: Rights, Needs and Regional Law",
                            "date": "2026-10-20",
                            "url": "https://csrs.example.org/research/amu-darya-basin",
                            "note": "",
                        },
                    },
                ],
            },
            "ps": {
                "title": "قوش تېپه کانال او آمو سیند: پراختیايي اړتیاوې او سیمه‌ییز باور",
                "standfirst": (
                    "د قوش تېپه کانال د وروستي پړاو کار مخ پر وړاندې ځي او ورسره د آمو سیند د "
                    "اوبو د وېش بحث بیا تود شوی دی. په دې ګڼه کې د افغانستان د شمال بزګرانو ته "
                    "د دې کانال ګټې د ښکته پرتو هېوادونو، ازبکستان او ترکمنستان، له اندېښنو "
                    "سره تلو او د سیند د ګډې ادارې لپاره عملي ګامونه وړاندې کوو."
                ),
                "analyses": [{"type": "analysis", "value": _PS_559}],
                "recommendations": [
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>اسلامي امارت دې له ازبکستان او ترکمنستان سره یوه دایمي تخنیکي "
                            "کمېټه جوړه کړي څو د آمو سیند د بهیر معلومات سره شریک کړي.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>د کانال د بودیجې یوه برخه دې د حساسو برخو د پوښلو او په نوو "
                            "خړوبو شویو ځمکو کې د اوبو سپمونکي خړوبولو د ترویج لپاره ځانګړې "
                            "شي.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>کابل دې په سیمه‌ییزو اوبو بنسټونو کې د کتونکي دریځ لپاره هڅه "
                            "وکړي او له هغو حقوقي چوکاټونو سره دې اړیکه ونیسي چې پر حوزه حاکم "
                            "دي.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>ښکته پراته هېوادونه دې د سیند په کارولو کې د افغانستان حق ومني "
                            "او موضوع دې په تخنیکي چینلونو کې وساتي، نه دا چې سیاسي شخړه ترې "
                            "جوړه کړي.</p>"
                        ),
                    },
                ],
                "references": [
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "طلوع نیوز",
                            "title": "د قوش تېپه کانال وروستی پړاو له نیمايي واوښت",
                            "date": "2026-10-28",
                            "url": "https://example.org/tolonews/2026/10/qosh-tepa-final-phase",
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "ازادي راډیو",
                            "title": (
                                "د افغانستان او ازبکستان د اوبو متخصصینو په ترمز کې سره وکتل"
                            ),
                            "date": "2026-10-30",
                            "url": "https://example.org/azadi/2026/10/termez-water-talks",
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "پژواک",
                            "title": "د جوزجان بزګر د کانال اوبو ته چمتو کېږي",
                            "date": "2026-10-23",
                            "url": "https://example.org/pajhwok/2026/10/jawzjan-farmers-canal",
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "د ستراتیژیکو او سیمه‌ییزو څېړنو مرکز",
                            "title": "د آمو سیند حوزه: حقونه، اړتیاوې او سیمه‌ییز قانون",
                            "date": "2026-10-20",
                            "url": "https://csrs.example.org/research/amu-darya-basin",
                            "note": "",
                        },
                    },
                ],
            },
            "fa-af": {
                "title": "کانال قوش‌تپه و دریای آمو: نیازهای انکشافی و اعتماد منطقوی",
                "standfirst": (
                    "کار مرحله نهایی کانال قوش‌تپه پیش می‌رود و همراه با آن، بحث تقسیم آب دریای "
                    "آمو بار دیگر داغ شده است. در این شماره، فواید این کانال برای دهقانان شمال "
                    "افغانستان را در برابر نگرانی‌های ازبکستان و ترکمنستان در پایین‌دست می‌سنجیم "
                    "و گام‌هایی عملی برای مدیریت مشترک دریا پیشنهاد می‌کنیم."
                ),
                "analyses": [{"type": "analysis", "value": _FA_559}],
                "recommendations": [
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>امارت اسلامی یک کمیتهٔ دایمی تخنیکی با ازبکستان و ترکمنستان "
                            "برای تبادل معلومات جریان دریای آمو ایجاد کند.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>بخشی از بودجهٔ کانال برای پوشاندن بخش‌های حساس و ترویج آبیاری "
                            "کم‌مصرف در زمین‌های تازه آبیاری‌شده اختصاص یابد.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>کابل برای کسب موقف ناظر در نهادهای منطقوی آب تلاش کند و با "
                            "چارچوب‌های حقوقی حاکم بر حوزه تعامل داشته باشد.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>کشورهای پایین‌دست حق افغانستان در استفاده از دریا را به رسمیت "
                            "بشناسند و موضوع را به جای کشاندن به منازعهٔ سیاسی، در مجاری تخنیکی "
                            "نگه دارند.</p>"
                        ),
                    },
                ],
                "references": [
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "طلوع نیوز",
                            "title": "مرحله نهایی کانال قوش‌تپه از نیمه گذشت",
                            "date": "2026-10-28",
                            "url": "https://example.org/tolonews/2026/10/qosh-tepa-final-phase",
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "رادیو آزادی",
                            "title": "دیدار متخصصان آب افغانستان و ازبکستان در ترمز",
                            "date": "2026-10-30",
                            "url": "https://example.org/azadi/2026/10/termez-water-talks",
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "پژواک",
                            "title": "دهقانان جوزجان برای آب کانال آماده می‌شوند",
                            "date": "2026-10-23",
                            "url": "https://example.org/pajhwok/2026/10/jawzjan-farmers-canal",
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "مرکز مطالعات استراتژیک و منطقوی",
                            "title": "حوزهٔ دریای آمو: حقوق، نیازها و قوانین منطقوی",
                            "date": "2026-10-20",
                            "url": "https://csrs.example.org/research/amu-darya-basin",
                            "note": "",
                        },
                    },
                ],
            },
            "ar": {
                "title": "قناة قوش تيبه ونهر آمو داريا: متطلبات التنمية والثقة الإقليمية",
                "standfirst": (
                    "تتقدم الأعمال في المرحلة الأخيرة من قناة قوش تيبه، ومعها يتجدد الجدل حول "
                    "تقاسم مياه نهر آمو داريا. يوازن هذا العدد بين ما تقدمه القناة لمزارعي "
                    "شمال أفغانستان ومخاوف أوزبكستان وتركمانستان في المصبّ، ويقترح خطوات عملية "
                    "نحو إدارة مشتركة للنهر."
                ),
                "analyses": [{"type": "analysis", "value": _AR_559}],
                "recommendations": [
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>ينبغي للإمارة الإسلامية إنشاء لجنة فنية دائمة مع أوزبكستان "
                            "وتركمانستان لتبادل بيانات تدفق نهر آمو داريا.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>ينبغي تخصيص جزء من ميزانية القناة لتبطين الأجزاء الحساسة "
                            "وتشجيع أساليب الري الموفرة للمياه في الأراضي المروية حديثًا.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>ينبغي لكابل السعي إلى الحصول على صفة مراقب في المؤسسات "
                            "الإقليمية للمياه، والتعامل مع الأطر القانونية التي تحكم الحوض.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>ينبغي لدول المصبّ الاعتراف بحق أفغانستان في الانتفاع بالنهر، "
                            "وإبقاء المسألة في القنوات الفنية بدل تحويلها إلى نزاع سياسي.</p>"
                        ),
                    },
                ],
                "references": [
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "Tolo News",
                            "title": "Qosh Tepa Canal's Final Phase Passes Halfway Mark",
                            "date": "2026-10-28",
                            "url": "https://example.org/tolonews/2026/10/qosh-tepa-final-phase",
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "Radio Azadi",
                            "title": "Afghan and Uzbek Water Experts Meet in Termez",
                            "date": "2026-10-30",
                            "url": "https://example.org/azadi/2026/10/termez-water-talks",
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "Pajhwok",
                            "title": "Jawzjan Farmers Prepare for Canal Water",
                            "date": "2026-10-23",
                            "url": "https://example.org/pajhwok/2026/10/jawzjan-farmers-canal",
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "مركز الدراسات الاستراتيجية والإقليمية",
                            "title": "حوض آمو داريا: الحقوق والاحتياجات والقانون الإقليمي",
                            "date": "2026-10-20",
                            "url": "https://csrs.example.org/research/amu-darya-basin",
                            "note": "",
                        },
                    },
                ],
            },
        },
    },
    {
        "number": 560,
        "week_start": date(2026, 11, 9),
        "week_end": date(2026, 11, 13),
        "original_language": "fa-af",
        "topics": ["transit-trade", "migration-returnees"],
        "content": {
            "en": {
                "title": "Railways and Returnees: Two Tests for Afghanistan's Economy",
                "standfirst": (
                    "This issue looks at two developments that will shape Afghanistan's "
                    "economy in the years ahead. The first analysis reviews the latest talks "
                    "on the Trans-Afghan Railway and the obstacles that lie between agreement "
                    "and construction; the second examines how the steady return of Afghans "
                    "from Iran and Pakistan is reshaping the labour market."
                ),
                "analyses": [
                    {"type": "analysis", "value": _EN_560A},
                    {"type": "analysis", "value": _EN_560B},
                ],
                "recommendations": [
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>The three partners in the Trans-Afghan Railway should agree on "
                            "a clear formula for sharing costs and a timetable for the "
                            "mountain section before approaching international lenders.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>The Islamic Emirate should keep its transit and customs rules "
                            "stable and transparent, so that Afghanistan can serve as a "
                            "junction for several corridors at once.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>Kabul and Islamabad should shield trade and transit projects "
                            "from border disputes through a standing joint committee.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>The Ministry of Refugees and Repatriation should build a "
                            "register of returnees' skills and share it with employers and "
                            "training centres.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>Large public projects, including the Qosh Tepa canal and the "
                            "railway, should set targets for employing returnees.</p>"
                        ),
                    },
                ],
                "references": [
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "Radio Azadi",
                            "title": (
                                "Afghanistan, Uzbekistan and Pakistan to Review Railway Study "
                                "in Tashkent"
                            ),
                            "date": "2026-11-06",
                            "url": "https://example.org/azadi/2026/11/tashkent-railway-study",
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "Tolo News",
                            "title": (
                                "Survey Work Begins on Northern Section of Trans-Afghan Railway"
                            ),
                            "date": "2026-10-29",
                            "url": (
                                "https://example.org/tolonews/2026/10/trans-afghan-railway-survey"
                            ),
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "BBC Pashto",
                            "title": "Winter Brings New Wave of Returns from Iran",
                            "date": "2026-11-03",
                            "url": "https://example.com/bbcpashto/2026/11/winter-returns-iran",
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "Pajhwok",
                            "title": "Herat Day Labourers Report Falling Wages",
                            "date": "2026-11-05",
                            "url": "https://example.org/pajhwok/2026/11/herat-day-labour-wages",
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "CSRS",
                            "title": (
                                "Transit Corridors and Afghanistan's Place in Regional Trade"
                            ),
                            "date": "2026-10-27",
                            "url": "https://csrs.example.org/research/transit-corridors",
                            "note": "",
                        },
                    },
                ],
            },
            "ps": {
                "title": "اورګاډی او راستانه شوي کډوال: د افغانستان د اقتصاد دوه ازموینې",
                "standfirst": (
                    "دا ګڼه دوو هغو پرمختګونو ته ځانګړې شوې چې په راتلونکو کلونو کې به د "
                    "افغانستان اقتصاد ته بڼه ورکړي. لومړۍ شننه د ټرانس افغان اورګاډي پټلۍ په "
                    "اړه وروستۍ خبرې اترې او د تړون او جوړونې ترمنځ خنډونه ارزوي؛ دویمه شننه "
                    "څېړي چې له ایران او پاکستان څخه د افغانانو دوامداره راستنېدل څنګه د کار "
                    "بازار بدلوي."
                ),
                "analyses": [
                    {"type": "analysis", "value": _PS_560A},
                    {"type": "analysis", "value": _PS_560B},
                ],
                "recommendations": [
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>د ټرانس افغان اورګاډي پټلۍ درې واړه شریکان دې نړیوالو پور "
                            "ورکوونکو ته له ورتګ مخکې د لګښتونو د وېش پر یوه روښانه فورمول او "
                            "د غرنۍ برخې پر مهالوېش سره جوړ شي.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>اسلامي امارت دې خپل ترانزیټي او ګمرکي مقررات ثابت او روښانه "
                            "وساتي څو افغانستان وکولای شي په یو وخت د څو دهلیزونو څلورلاری "
                            "شي.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>کابل او اسلام اباد دې د یوې دایمي ګډې کمېټې له لارې سوداګریزې "
                            "او ترانزیټي پروژې د پولې له شخړو څخه خوندي وساتي.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>د کډوالو او راستنېدونکو چارو وزارت دې د راستانه شویو د "
                            "مهارتونو ثبت جوړ کړي او له کارګمارونکو او روزنیزو مرکزونو سره دې "
                            "شریک کړي.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>لویې عامه پروژې، د قوش تېپه کانال او اورګاډي پټلۍ په ګډون، دې "
                            "د راستانه شویو د ګومارنې لپاره مشخص هدفونه وټاکي.</p>"
                        ),
                    },
                ],
                "references": [
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "ازادي راډیو",
                            "title": (
                                "افغانستان، ازبکستان او پاکستان به په تاشکند کې د اورګاډي پټلۍ "
                                "مطالعه وڅېړي"
                            ),
                            "date": "2026-11-06",
                            "url": "https://example.org/azadi/2026/11/tashkent-railway-study",
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "طلوع نیوز",
                            "title": "د ټرانس افغان اورګاډي پټلۍ د شمالي برخې سروې پیل شوه",
                            "date": "2026-10-29",
                            "url": (
                                "https://example.org/tolonews/2026/10/trans-afghan-railway-survey"
                            ),
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "بي بي سي پښتو",
                            "title": "ژمي له ایران څخه د راستنېدو نوې څپه راوسته",
                            "date": "2026-11-03",
                            "url": "https://example.com/bbcpashto/2026/11/winter-returns-iran",
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "پژواک",
                            "title": "د هرات ورځني کارګر د مزدونو له کمېدو خبر ورکوي",
                            "date": "2026-11-05",
                            "url": "https://example.org/pajhwok/2026/11/herat-day-labour-wages",
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "د ستراتیژیکو او سیمه‌ییزو څېړنو مرکز",
                            "title": (
                                "ترانزیټي دهلیزونه او په سیمه‌ییزه سوداګرۍ کې د افغانستان ځای"
                            ),
                            "date": "2026-10-27",
                            "url": "https://csrs.example.org/research/transit-corridors",
                            "note": "",
                        },
                    },
                ],
            },
            "fa-af": {
                "title": "خط آهن و عودت‌کنندگان: دو آزمون برای اقتصاد افغانستان",
                "standfirst": (
                    "این شماره به دو تحول می‌پردازد که اقتصاد افغانستان را در سال‌های پیش رو شکل "
                    "خواهند داد. تحلیل نخست، تازه‌ترین گفت‌وگوها دربارهٔ خط آهن ترانس‌افغان و "
                    "موانع میان توافق و ساخت آن را بررسی می‌کند؛ تحلیل دوم نشان می‌دهد که بازگشت "
                    "پیوستهٔ افغان‌ها از ایران و پاکستان چگونه بازار کار را دگرگون می‌سازد."
                ),
                "analyses": [
                    {"type": "analysis", "value": _FA_560A},
                    {"type": "analysis", "value": _FA_560B},
                ],
                "recommendations": [
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>سه شریک خط آهن ترانس‌افغان پیش از مراجعه به وام‌دهندگان "
                            "بین‌المللی، بر فرمول روشنی برای تقسیم هزینه‌ها و جدول زمانی بخش "
                            "کوهستانی توافق کنند.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>امارت اسلامی مقررات ترانزیتی و گمرکی خود را ثابت و شفاف نگه "
                            "دارد تا افغانستان بتواند هم‌زمان چهارراه چند دهلیز باشد.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>کابل و اسلام‌آباد از طریق یک کمیتهٔ مشترک دایمی، پروژه‌های تجارتی "
                            "و ترانزیتی را از پیامدهای اختلافات مرزی دور نگه دارند.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>وزارت امور مهاجرین و عودت‌کنندگان فهرستی از مهارت‌های "
                            "عودت‌کنندگان ایجاد کند و آن را با کارفرمایان و مراکز آموزشی شریک "
                            "سازد.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>پروژه‌های بزرگ عامه، از جمله کانال قوش‌تپه و خط آهن، اهدافی مشخص "
                            "برای استخدام عودت‌کنندگان تعیین کنند.</p>"
                        ),
                    },
                ],
                "references": [
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "رادیو آزادی",
                            "title": (
                                "افغانستان، ازبکستان و پاکستان مطالعهٔ خط آهن را در تاشکند "
                                "بررسی می‌کنند"
                            ),
                            "date": "2026-11-06",
                            "url": "https://example.org/azadi/2026/11/tashkent-railway-study",
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "طلوع نیوز",
                            "title": "کار سروی بخش شمالی خط آهن ترانس‌افغان آغاز شد",
                            "date": "2026-10-29",
                            "url": (
                                "https://example.org/tolonews/2026/10/trans-afghan-railway-survey"
                            ),
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "BBC Pashto",
                            "title": "Winter Brings New Wave of Returns from Iran",
                            "date": "2026-11-03",
                            "url": "https://example.com/bbcpashto/2026/11/winter-returns-iran",
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "پژواک",
                            "title": "کارگران روزمزد هرات از کاهش مزدها خبر می‌دهند",
                            "date": "2026-11-05",
                            "url": "https://example.org/pajhwok/2026/11/herat-day-labour-wages",
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "مرکز مطالعات استراتژیک و منطقوی",
                            "title": "دهلیزهای ترانزیتی و جایگاه افغانستان در تجارت منطقوی",
                            "date": "2026-10-27",
                            "url": "https://csrs.example.org/research/transit-corridors",
                            "note": "",
                        },
                    },
                ],
            },
            "ar": {
                "title": "السكك الحديدية والعائدون: اختباران لاقتصاد أفغانستان",
                "standfirst": (
                    "يتناول هذا العدد تطورين سيسهمان في تشكيل اقتصاد أفغانستان خلال السنوات "
                    "المقبلة. يستعرض التحليل الأول أحدث المحادثات حول سكة الحديد العابرة "
                    "لأفغانستان والعقبات القائمة بين الاتفاق والتنفيذ، ويبحث التحليل الثاني "
                    "كيف تعيد العودة المتواصلة للأفغان من إيران وباكستان تشكيل سوق العمل."
                ),
                "analyses": [
                    {"type": "analysis", "value": _AR_560A},
                    {"type": "analysis", "value": _AR_560B},
                ],
                "recommendations": [
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>ينبغي للشركاء الثلاثة في سكة الحديد العابرة لأفغانستان الاتفاق "
                            "على صيغة واضحة لتقاسم التكاليف وجدول زمني للقسم الجبلي قبل التوجه "
                            "إلى المقرضين الدوليين.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>ينبغي للإمارة الإسلامية الحفاظ على استقرار قواعد العبور "
                            "والجمارك وشفافيتها، حتى تتمكن أفغانستان من أن تكون ملتقى لعدة "
                            "ممرات في آن واحد.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>ينبغي لكابل وإسلام آباد حماية مشروعات التجارة والعبور من تبعات "
                            "الخلافات الحدودية عبر لجنة مشتركة دائمة.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>ينبغي لوزارة شؤون اللاجئين والعودة إنشاء سجل لمهارات العائدين "
                            "وإتاحته لأصحاب العمل ومراكز التدريب.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>ينبغي أن تحدد المشروعات العامة الكبرى، ومنها قناة قوش تيبه "
                            "وسكة الحديد، أهدافًا واضحة لتشغيل العائدين.</p>"
                        ),
                    },
                ],
                "references": [
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "Radio Azadi",
                            "title": (
                                "Afghanistan, Uzbekistan and Pakistan to Review Railway Study "
                                "in Tashkent"
                            ),
                            "date": "2026-11-06",
                            "url": "https://example.org/azadi/2026/11/tashkent-railway-study",
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "Tolo News",
                            "title": (
                                "Survey Work Begins on Northern Section of Trans-Afghan Railway"
                            ),
                            "date": "2026-10-29",
                            "url": (
                                "https://example.org/tolonews/2026/10/trans-afghan-railway-survey"
                            ),
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "BBC Pashto",
                            "title": "Winter Brings New Wave of Returns from Iran",
                            "date": "2026-11-03",
                            "url": "https://example.com/bbcpashto/2026/11/winter-returns-iran",
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "Pajhwok",
                            "title": "Herat Day Labourers Report Falling Wages",
                            "date": "2026-11-05",
                            "url": "https://example.org/pajhwok/2026/11/herat-day-labour-wages",
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "مركز الدراسات الاستراتيجية والإقليمية",
                            "title": "ممرات العبور وموقع أفغانستان في التجارة الإقليمية",
                            "date": "2026-10-27",
                            "url": "https://csrs.example.org/research/transit-corridors",
                            "note": "",
                        },
                    },
                ],
            },
        },
    },
    {
        "number": 561,
        "week_start": date(2026, 11, 16),
        "week_end": date(2026, 11, 20),
        "original_language": "en",
        "topics": ["regional-diplomacy", "energy", "transit-trade"],
        "content": {
            "en": {
                "title": (
                    "Afghanistan and Central Asia: From Border Security to Economic Partnership"
                ),
                "standfirst": (
                    "A regional forum in Termez this week brought Afghan officials together "
                    "with counterparts from four Central Asian states and produced the warmest "
                    "Afghan–Tajik exchange in years. This issue traces how the region's "
                    "approach to Kabul has shifted from containment to commerce, where the "
                    "neighbours differ, and what could still hold the partnership back."
                ),
                "analyses": [{"type": "analysis", "value": _EN_561}],
                "recommendations": [
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>The Islamic Emirate should build on the Termez forum by "
                            "proposing regular ministerial meetings with each Central Asian "
                            "neighbour, Tajikistan included.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>Kabul and its neighbours should turn existing understandings "
                            "on transit and electricity into written agreements with clear "
                            "tariffs and procedures for settling disputes.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>Afghanistan should guarantee the security of energy and rail "
                            "projects on its territory, so that investors in CASA-1000 and "
                            "TAPI can proceed with confidence.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>Central Asian states should include Afghanistan in regional "
                            "forums on water and trade, so that shared problems are addressed "
                            "with all parties at the table.</p>"
                        ),
                    },
                ],
                "references": [
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "Tolo News",
                            "title": "Afghan Delegation to Attend Connectivity Forum in Termez",
                            "date": "2026-11-14",
                            "url": (
                                "https://example.org/tolonews/2026/11/termez-connectivity-forum"
                            ),
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "Al Jazeera",
                            "title": (
                                "Central Asia Looks South: Trade Ambitions Through Afghanistan"
                            ),
                            "date": "2026-11-09",
                            "url": (
                                "https://example.com/aljazeera/2026/11/central-asia-looks-south"
                            ),
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "Radio Azadi",
                            "title": "Tajikistan Signals Interest in Reopening Border Markets",
                            "date": "2026-11-12",
                            "url": ("https://example.org/azadi/2026/11/tajikistan-border-markets"),
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "CSRS",
                            "title": "CASA-1000 and TAPI: Afghanistan as an Energy Bridge",
                            "date": "2026-11-04",
                            "url": (
                                "https://csrs.example.org/research/casa-1000-tapi-energy-bridge"
                            ),
                            "note": "",
                        },
                    },
                ],
            },
            "ps": {
                "title": "افغانستان او منځنۍ اسیا: د پولې له امنیت څخه تر اقتصادي ملګرتیا پورې",
                "standfirst": (
                    "دا اونۍ په ترمز کې یوې سیمه‌ییزې غونډې افغان چارواکي د منځنۍ اسیا د څلورو "
                    "هېوادونو له همکارانو سره یوځای کړل او د افغانستان او تاجکستان ترمنځ یې په "
                    "کلونو کې تر ټولو تودې خبرې رامنځته کړې. دا ګڼه څېړي چې کابل ته د سیمې "
                    "چلند څنګه له مهار څخه سوداګرۍ ته اوښتی، ګاونډیان په کومو ټکو کې سره توپیر "
                    "لري، او کوم عوامل لا هم دا ملګرتیا ځنډولای شي."
                ),
                "analyses": [{"type": "analysis", "value": _PS_561}],
                "recommendations": [
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>اسلامي امارت دې د ترمز د غونډې پر بنسټ د منځنۍ اسیا له هر "
                            "ګاونډي، د تاجکستان په ګډون، سره د منظمو وزارتي ناستو وړاندیز "
                            "وکړي.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>کابل او ګاونډیان دې د ترانزیټ او برېښنا په اړه اوسني تفاهمونه "
                            "په داسې لیکلو تړونونو بدل کړي چې روښانه تعرفې او د شخړو د حل "
                            "کړنلارې ولري.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>افغانستان دې په خپله خاوره کې د انرژۍ او اورګاډي د پروژو امنیت "
                            "تضمین کړي، څو د CASA-1000 او TAPI پانګوال په ډاډ سره مخ ته ولاړ "
                            "شي.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>د منځنۍ اسیا هېوادونه دې افغانستان د اوبو او سوداګرۍ په "
                            "سیمه‌ییزو غونډو کې شامل کړي، څو ګډې ستونزې د ټولو اړخونو په شتون "
                            "کې حل شي.</p>"
                        ),
                    },
                ],
                "references": [
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "طلوع نیوز",
                            "title": "افغان پلاوی په ترمز کې د نښلونې غونډې ته ځي",
                            "date": "2026-11-14",
                            "url": (
                                "https://example.org/tolonews/2026/11/termez-connectivity-forum"
                            ),
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "Al Jazeera",
                            "title": (
                                "Central Asia Looks South: Trade Ambitions Through Afghanistan"
                            ),
                            "date": "2026-11-09",
                            "url": (
                                "https://example.com/aljazeera/2026/11/central-asia-looks-south"
                            ),
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "ازادي راډیو",
                            "title": "تاجکستان د پولې د بازارونو د بیا پرانیستو لېوالتیا ښودلې",
                            "date": "2026-11-12",
                            "url": ("https://example.org/azadi/2026/11/tajikistan-border-markets"),
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "د ستراتیژیکو او سیمه‌ییزو څېړنو مرکز",
                            "title": "CASA-1000 او TAPI: افغانستان د انرژۍ د پل په توګه",
                            "date": "2026-11-04",
                            "url": (
                                "https://csrs.example.org/research/casa-1000-tapi-energy-bridge"
                            ),
                            "note": "",
                        },
                    },
                ],
            },
            "fa-af": {
                "title": "افغانستان و آسیای میانه: از امنیت مرزی تا همکاری اقتصادی",
                "standfirst": (
                    "نشستی منطقوی در ترمز این هفته مقامات افغان را با همتایانشان از چهار کشور "
                    "آسیای میانه گرد هم آورد و گرم‌ترین گفت‌وگوی افغانستان و تاجکستان در چند سال "
                    "اخیر را رقم زد. این شماره بررسی می‌کند که رویکرد منطقه در برابر کابل چگونه "
                    "از مهار به سوی تجارت تغییر کرده، همسایگان در کجا با هم تفاوت دارند و چه "
                    "عواملی هنوز می‌تواند این همکاری را کند سازد."
                ),
                "analyses": [{"type": "analysis", "value": _FA_561}],
                "recommendations": [
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>امارت اسلامی بر پایهٔ نشست ترمز، برگزاری نشست‌های منظم وزارتی با "
                            "هر یک از همسایگان آسیای میانه، از جمله تاجکستان، را پیشنهاد "
                            "کند.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>کابل و همسایگانش تفاهم‌های کنونی دربارهٔ ترانزیت و برق را به "
                            "توافق‌نامه‌های کتبی با تعرفه‌های روشن و طرزالعمل‌های حل اختلاف تبدیل "
                            "کنند.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>افغانستان امنیت پروژه‌های انرژی و راه‌آهن را در خاک خود تضمین "
                            "کند تا سرمایه‌گذاران CASA-1000 و TAPI با اطمینان پیش بروند.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>کشورهای آسیای میانه افغانستان را در نشست‌های منطقوی آب و تجارت "
                            "شامل سازند تا مشکلات مشترک با حضور همهٔ طرف‌ها حل شود.</p>"
                        ),
                    },
                ],
                "references": [
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "طلوع نیوز",
                            "title": "هیئت افغان در نشست پیوندهای منطقوی در ترمز اشتراک می‌کند",
                            "date": "2026-11-14",
                            "url": (
                                "https://example.org/tolonews/2026/11/termez-connectivity-forum"
                            ),
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "Al Jazeera",
                            "title": (
                                "Central Asia Looks South: Trade Ambitions Through Afghanistan"
                            ),
                            "date": "2026-11-09",
                            "url": (
                                "https://example.com/aljazeera/2026/11/central-asia-looks-south"
                            ),
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "رادیو آزادی",
                            "title": "تاجکستان از علاقه به بازگشایی بازارهای مرزی خبر داد",
                            "date": "2026-11-12",
                            "url": ("https://example.org/azadi/2026/11/tajikistan-border-markets"),
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "مرکز مطالعات استراتژیک و منطقوی",
                            "title": "CASA-1000 و TAPI: افغانستان به‌عنوان پل انرژی",
                            "date": "2026-11-04",
                            "url": (
                                "https://csrs.example.org/research/casa-1000-tapi-energy-bridge"
                            ),
                            "note": "",
                        },
                    },
                ],
            },
            "ar": {
                "title": "أفغانستان وآسيا الوسطى: من أمن الحدود إلى الشراكة الاقتصادية",
                "standfirst": (
                    "جمع منتدى إقليمي في ترمذ هذا الأسبوع مسؤولين أفغانًا بنظرائهم من أربع دول "
                    "في آسيا الوسطى، وشهد أدفأ تواصل أفغاني طاجيكي منذ سنوات. يتتبع هذا العدد "
                    "تحوّل مقاربة المنطقة تجاه كابل من الاحتواء إلى التجارة، ومواطن الاختلاف "
                    "بين الجيران، وما قد يعرقل هذه الشراكة."
                ),
                "analyses": [{"type": "analysis", "value": _AR_561}],
                "recommendations": [
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>ينبغي للإمارة الإسلامية البناء على منتدى ترمذ باقتراح اجتماعات "
                            "وزارية منتظمة مع كل جار من جيرانها في آسيا الوسطى، بما في ذلك "
                            "طاجيكستان.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>ينبغي لكابل وجيرانها تحويل التفاهمات القائمة بشأن العبور "
                            "والكهرباء إلى اتفاقات مكتوبة تتضمن تعريفات واضحة وآليات لتسوية "
                            "النزاعات.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>ينبغي لأفغانستان ضمان أمن مشروعات الطاقة والسكك الحديدية على "
                            "أراضيها، حتى يمضي المستثمرون في CASA-1000 وTAPI بثقة.</p>"
                        ),
                    },
                    {
                        "type": "recommendation",
                        "value": (
                            "<p>ينبغي لدول آسيا الوسطى إشراك أفغانستان في المنتديات الإقليمية "
                            "المعنية بالمياه والتجارة، لمعالجة المشكلات المشتركة بحضور جميع "
                            "الأطراف.</p>"
                        ),
                    },
                ],
                "references": [
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "Tolo News",
                            "title": "Afghan Delegation to Attend Connectivity Forum in Termez",
                            "date": "2026-11-14",
                            "url": (
                                "https://example.org/tolonews/2026/11/termez-connectivity-forum"
                            ),
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "الجزيرة نت",
                            "title": "آسيا الوسطى تتجه جنوبًا: طموحات تجارية عبر أفغانستان",
                            "date": "2026-11-09",
                            "url": (
                                "https://example.com/aljazeera/2026/11/central-asia-looks-south"
                            ),
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "Radio Azadi",
                            "title": "Tajikistan Signals Interest in Reopening Border Markets",
                            "date": "2026-11-12",
                            "url": ("https://example.org/azadi/2026/11/tajikistan-border-markets"),
                            "note": "",
                        },
                    },
                    {
                        "type": "reference",
                        "value": {
                            "outlet": "مركز الدراسات الاستراتيجية والإقليمية",
                            "title": "CASA-1000 وTAPI: أفغانستان جسرًا للطاقة",
                            "date": "2026-11-04",
                            "url": (
                                "https://csrs.example.org/research/casa-1000-tapi-energy-bridge"
                            ),
                            "note": "",
                        },
                    },
                ],
            },
        },
    },
]
