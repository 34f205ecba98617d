<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name></name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Реті</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a person&apos;s</comment>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>a person&apos;s post</comment>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Кездесулер</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Лауазым деңгейі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Ғимарат</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Орын саны</translation>
    </message>
    <message>
        <source>Summit files (*.summit);;All files (*)</source>
        <translation>Саммит файлдары (*.summit);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Open Summit</source>
        <translation>Саммитті ашу</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Тек оқу үшін ашу</translation>
    </message>
    <message>
        <source>Import Agenda Issues</source>
        <translation>Күн тәртібі мәселелерін импорттау</translation>
    </message>
    <message>
        <source>Spreadsheets and tables (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Кестелер (*.xlsx *.csv *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Open Server Summit</source>
        <translation>Сервердегі саммитті ашу</translation>
    </message>
    <message>
        <source>The summit&apos;s address, such as postgresql://you@server/delegation?summit=astana (the password comes from ~/.pgpass or PGPASSWORD):</source>
        <translation>Саммиттің мекенжайы, мысалы postgresql://you@server/delegation?summit=astana (құпиясөз ~/.pgpass немесе PGPASSWORD ішінен алынады):</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Бағам</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Қаржыландыру</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Қарыз алушы</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>Қарыз беруші</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Құрал</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сала</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Сомасы, %1</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Қаржыландыру пакеті</translation>
    </message>
    <message>
        <source>Financing requests</source>
        <translation>Қаржыландыруға өтінімдер</translation>
    </message>
    <message numerus="yes">
        <source>%n request</source>
        <comment>%n requests</comment>
        <translation>
            <numerusform>%n өтінім</numerusform>
            <numerusform>%n өтінім</numerusform>
        </translation>
    </message>
    <message>
        <source>Financing totals</source>
        <translation>Қаржыландыру жиынтықтары</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Топтау</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Өтінімдер</translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation>Барлығы, %1</translation>
    </message>
    <message>
        <source>Without a rate</source>
        <translation>Бағамсыз</translation>
    </message>
    <message>
        <source>In reporting currency</source>
        <translation>Есептілік валютасында</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>бағам жоқ</translation>
    </message>
    <message>
        <source>No exchange rate for %1: left out of every total.</source>
        <translation>%1 үшін бағам жоқ: ешбір жиынтыққа кірмейді.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 skipped, %4 unchanged, %5, from sheet “%6”.</source>
        <translation>Жаңа: %1, жаңартылды: %2, өткізілді: %3, өзгеріссіз: %4, %5 — «%6» парағынан.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem</source>
        <comment>%n problems</comment>
        <translation>
            <numerusform>%n ақау</numerusform>
            <numerusform>%n ақау</numerusform>
        </translation>
    </message>
    <message>
        <source> New tracks: %1.</source>
        <translation> Жаңа бағыттар: %1.</translation>
    </message>
    <message>
        <source> New rooms: %1.</source>
        <translation> Жаңа залдар: %1.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <source>update</source>
        <translation>жаңарту</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>өткізу</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>өзгеріссіз</translation>
    </message>
    <message>
        <source>Sheet %1, row %2</source>
        <translation>%1 парағы, %2-жол</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, %1 бағаны</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem.</source>
        <comment>… and %n more problems.</comment>
        <translation>
            <numerusform>… және тағы %n ақау.</numerusform>
            <numerusform>… және тағы %n ақау.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet %1, row %2: passed over, %3: “%4”.</source>
        <translation>%1 парағы, %2-жол: өткізілді, %3: «%4».</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Импорттайтын ештеңе жоқ</translation>
    </message>
    <message>
        <source>No row of %1 is new or changes what the summit has; nothing was changed.</source>
        <translation>%1 ішіндегі бірде-бір жол саммитке жаңа ештеңе қоспайды және ештеңені өзгертпейді; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>%1 ішінен импортталды</translation>
    </message>
    <message>
        <source>New tracks: %1</source>
        <translation>Жаңа бағыттар: %1</translation>
    </message>
    <message>
        <source>Edit ▸ Undo (Ctrl+Z) takes the whole import back in one step.</source>
        <translation>«Түзету ▸ Болдырмау» (Ctrl+Z) бүкіл импортты бір қадаммен кері қайтарады.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem was found; the rows it concerns were skipped.</source>
        <comment>%n problems were found; the rows they concern were skipped.</comment>
        <translation>
            <numerusform>%n ақау табылды; оған қатысты жолдар өткізілді.</numerusform>
            <numerusform>%n ақау табылды; оларға қатысты жолдар өткізілді.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Ақау табылған жоқ.</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Жетекші</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Issue ID</source>
        <translation>Мәселе ID</translation>
    </message>
    <message>
        <source>Agenda issues</source>
        <translation>Күн тәртібі мәселелері</translation>
    </message>
    <message numerus="yes">
        <source>%n issue</source>
        <comment>%n issues</comment>
        <translation>
            <numerusform>%n мәселе</numerusform>
            <numerusform>%n мәселе</numerusform>
        </translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <source>Head of state</source>
        <translation>Мемлекет басшысы</translation>
    </message>
    <message>
        <source>Head of government</source>
        <translation>Үкімет басшысы</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>Министр</translation>
    </message>
    <message>
        <source>Deputy minister</source>
        <translation>Вице-министр</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Елші</translation>
    </message>
    <message>
        <source>Senior official</source>
        <translation>Жоғары лауазымды тұлға</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Сарапшы</translation>
    </message>
    <message>
        <source>Heads of state</source>
        <translation>Мемлекет басшылары</translation>
    </message>
    <message>
        <source>Ministers</source>
        <translation>Министрлер</translation>
    </message>
    <message>
        <source>Deputy ministers</source>
        <translation>Вице-министрлер</translation>
    </message>
    <message>
        <source>Senior officials</source>
        <translation>Жоғары лауазымды тұлғалар</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Сұралды</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Ұсынылды</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Расталды</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Өтті</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Ішкі</translation>
    </message>
    <message>
        <source>Bilateral</source>
        <translation>Екіжақты кездесу</translation>
    </message>
    <message>
        <source>Multilateral</source>
        <translation>Көпжақты кездесу</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Пленарлық отырыс</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Қабылдаушы тарап</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Қонақ</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Under negotiation</source>
        <translation>Келіссөзде</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Келісілді</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Кейінге қалдырылды</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Алынып тасталды</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Қолдайды</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Шартпен қолдайды</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Бейтарап</translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation>Қарсы</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <source>Support</source>
        <comment>matrix cell</comment>
        <translation>Қолд.</translation>
    </message>
    <message>
        <source>Cond.</source>
        <translation>Шартпен</translation>
    </message>
    <message>
        <source>Neutral</source>
        <comment>matrix cell</comment>
        <translation>Бейтар.</translation>
    </message>
    <message>
        <source>Oppose</source>
        <comment>matrix cell</comment>
        <translation>Қарсы</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>matrix cell</comment>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Қаралуда</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Мақұлданды</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Қол қойылды</translation>
    </message>
    <message>
        <source>Disbursing</source>
        <translation>Төленуде</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Кері қайтарылды</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Несие</translation>
    </message>
    <message>
        <source>Concessional loan</source>
        <translation>Жеңілдетілген несие</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Грант</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>Несие желісі</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Капиталға қатысу</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Кепілдік</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Delegation double-booked</source>
        <translation>Делегация уақытының қабаттасуы</translation>
    </message>
    <message>
        <source>Person double-booked</source>
        <translation>Адам уақытының қабаттасуы</translation>
    </message>
    <message>
        <source>Room double-booked</source>
        <translation>Зал екі рет брондалған</translation>
    </message>
    <message>
        <source>Outside the summit&apos;s hours</source>
        <translation>Саммит уақытынан тыс</translation>
    </message>
    <message>
        <source>Room too small</source>
        <translation>Зал тым кішкентай</translation>
    </message>
    <message>
        <source>Short transfer</source>
        <translation>Жолға уақыт аз</translation>
    </message>
    <message>
        <source>Level mismatch</source>
        <translation>Деңгейлер сәйкессіздігі</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Жүйе тілі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Summit Planner will use the chosen language when it is next started.</source>
        <translation>Summit Planner таңдалған тілді келесі іске қосылғанда қолданады.</translation>
    </message>
    <message>
        <source>Plan a summit&apos;s meetings, agenda issues, positions and financing. Without a FILE the last opened summit is shown (the built-in sample on the first run).</source>
        <translation>Саммиттің кездесулерін, күн тәртібі мәселелерін, ұстанымдарды және қаржыландыруды жоспарлау. FILE берілмесе, соңғы ашылған саммит көрсетіледі (алғаш іске қосқанда — кірістірілген үлгі).</translation>
    </message>
    <message>
        <source>Commands (run &apos;{command}&apos;): {commands}.</source>
        <translation>Командалар («{command}» орындаңыз): {commands}.</translation>
    </message>
    <message>
        <source>open the built-in Astana 2025 sample summit</source>
        <translation>кірістірілген «Астана 2025» саммит үлгісін ашу</translation>
    </message>
    <message>
        <source>create a summit file and exit</source>
        <translation>саммит файлын жасап, шығу</translation>
    </message>
    <message>
        <source>fill it with the Astana 2025 sample</source>
        <translation>оны «Астана 2025» үлгісімен толтыру</translation>
    </message>
    <message>
        <source>print a summit&apos;s name, dates, time zone and counts</source>
        <translation>саммиттің атауын, күндерін, уақыт белдеуін және сандарын шығару</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>бір JSON нысанын шығару</translation>
    </message>
    <message>
        <source>print the file&apos;s integrity and every conflict; exit 1 if any is an error</source>
        <translation>файлдың тұтастығын және барлық қайшылықтарды шығару; қате болса, 1 кодымен шығу</translation>
    </message>
    <message>
        <source>import agenda issues from Excel or CSV</source>
        <translation>күн тәртібі мәселелерін Excel немесе CSV-тен импорттау</translation>
    </message>
    <message>
        <source>summit file or URI to open</source>
        <translation>ашылатын саммит файлы немесе URI</translation>
    </message>
    <message>
        <source>the summit</source>
        <translation>саммит</translation>
    </message>
    <message>
        <source>.xlsx, .csv or .txt</source>
        <translation>.xlsx, .csv немесе .txt</translation>
    </message>
    <message>
        <source>the sheet to read (default: the one with a table)</source>
        <translation>оқылатын парақ (әдепкі — кестесі бар парақ)</translation>
    </message>
    <message>
        <source>map a column to a field (field empty: ignore the column)</source>
        <translation>бағанды өріске сәйкестендіру (өріс бос болса — баған ескерілмейді)</translation>
    </message>
    <message>
        <source>meetings: refuse rooms the summit does not have instead of creating them</source>
        <translation>кездесулер: саммитте жоқ залдарды жасаудың орнына қабылдамау</translation>
    </message>
    <message>
        <source>check only; change nothing</source>
        <translation>тек тексеру; ештеңе өзгертпеу</translation>
    </message>
    <message>
        <source>write a cleaned copy of a file that holds what a summit file may not</source>
        <translation>саммит файлында болмауы тиіс деректері бар файлдың тазартылған көшірмесін жазу</translation>
    </message>
    <message>
        <source>the received summit file</source>
        <translation>алынған саммит файлы</translation>
    </message>
    <message>
        <source>the copy (default: “FILE (cleaned)”)</source>
        <translation>көшірме (әдепкі — «FILE (cleaned)»)</translation>
    </message>
    <message>
        <source>unexpected error ({kind}: {error}).</source>
        <translation>күтпеген қате ({kind}: {error}).</translation>
    </message>
    <message>
        <source>Created {path}</source>
        <translation>{path} жасалды</translation>
    </message>
    <message>
        <source>{first} to {last} ({zone})</source>
        <translation>{first} – {last} ({zone})</translation>
    </message>
    <message>
        <source>Home delegation: {code}</source>
        <translation>Өз делегациясы: {code}</translation>
    </message>
    <message>
        <source>Delegations: {count}</source>
        <translation>Делегациялар: {count}</translation>
    </message>
    <message>
        <source>People: {count}</source>
        <translation>Адамдар: {count}</translation>
    </message>
    <message>
        <source>Rooms: {count}</source>
        <translation>Залдар: {count}</translation>
    </message>
    <message>
        <source>Meetings: {count}</source>
        <translation>Кездесулер: {count}</translation>
    </message>
    <message>
        <source>Issues: {count}</source>
        <translation>Мәселелер: {count}</translation>
    </message>
    <message>
        <source>Positions: {count}</source>
        <translation>Ұстанымдар: {count}</translation>
    </message>
    <message>
        <source>Financing requests: {count}</source>
        <translation>Қаржыландыруға өтінімдер: {count}</translation>
    </message>
    <message>
        <source>{problem}; it was left as it is, and “{command}” writes a cleaned copy.</source>
        <translation>{problem}; файл өзгеріссіз қалды, ал «{command}» тазартылған көшірмесін жазады.</translation>
    </message>
    <message>
        <source>Integrity: {count}+ problems</source>
        <translation>Тұтастық: {count}+ ақау</translation>
    </message>
    <message numerus="yes">
        <source>Integrity: %n problem</source>
        <comment>Integrity: %n problems</comment>
        <translation>
            <numerusform>Тұтастық: %n ақау</numerusform>
            <numerusform>Тұтастық: %n ақау</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts: not looked for; “{command}” writes a cleaned copy to check instead.</source>
        <translation>Қайшылықтар: тексерілген жоқ; «{command}» тексеруге болатын тазартылған көшірме жазады.</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Тұтастық: қалыпты</translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <comment>%n errors</comment>
        <translation>
            <numerusform>%n қате</numerusform>
            <numerusform>%n қате</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <comment>%n warnings</comment>
        <translation>
            <numerusform>%n ескерту</numerusform>
            <numerusform>%n ескерту</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts: {errors}, {warnings}</source>
        <translation>Қайшылықтар: {errors}, {warnings}</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ҚАТЕ</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ЕСКЕРТУ</translation>
    </message>
    <message>
        <source>{severity} [{kind}; meetings {ids}] {message}</source>
        <translation>{severity} [{kind}; кездесулер {ids}] {message}</translation>
    </message>
    <message numerus="yes">
        <source>The list is cut: %n more conflict is counted but not listed. Overlaps by delegation, person or room and day:</source>
        <comment>The list is cut: %n more conflicts are counted but not listed. Overlaps by delegation, person or room and day:</comment>
        <translation>
            <numerusform>Тізім қысқартылды: тағы %n қайшылық есептелді, бірақ көрсетілмеді. Делегациялар, адамдар немесе залдар және күндер бойынша қабаттасулар:</numerusform>
            <numerusform>Тізім қысқартылды: тағы %n қайшылық есептелді, бірақ көрсетілмеді. Делегациялар, адамдар немесе залдар және күндер бойынша қабаттасулар:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change</source>
        <comment>%n changes</comment>
        <translation>
            <numerusform>%n өзгеріс</numerusform>
            <numerusform>%n өзгеріс</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {written}: a cleaned copy of {name} ({changes}; {name} itself was left as it is).</source>
        <translation>{written} жазылды: {name} тазартылған көшірмесі ({changes}; {name} өзі өзгеріссіз қалды).</translation>
    </message>
    <message>
        <source>--map takes HEADER=field, not “{item}”.</source>
        <translation>--map HEADER=field түрінде беріледі, «{item}» емес.</translation>
    </message>
    <message>
        <source>nothing in {name} could be imported.</source>
        <translation>{name} ішінен ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {skipped} skipped (would be imported from sheet “{sheet}”).</source>
        <translation>Жасалды: {created}, жаңартылды: {updated}, өткізілді: {skipped} («{sheet}» парағынан импортталар еді).</translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {skipped} skipped (were imported from sheet “{sheet}”).</source>
        <translation>Жасалды: {created}, жаңартылды: {updated}, өткізілді: {skipped} («{sheet}» парағынан импортталды).</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged.</source>
        <comment>%n unchanged.</comment>
        <translation>
            <numerusform>%n өзгеріссіз.</numerusform>
            <numerusform>%n өзгеріссіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>New tracks: {names}.</source>
        <translation>Жаңа бағыттар: {names}.</translation>
    </message>
    <message>
        <source>New rooms: {names}.</source>
        <translation>Жаңа залдар: {names}.</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {message}</source>
        <translation>{row}-жол, {column} бағаны: {message}</translation>
    </message>
    <message>
        <source>row {row}: {message}</source>
        <translation>{row}-жол: {message}</translation>
    </message>
    <message numerus="yes">
        <source>The panel lists the first %n; the rest are counted there by delegation, person or room and day.</source>
        <comment>The panel lists the first %n; the rest are counted there by delegation, person or room and day.</comment>
        <translation>
            <numerusform>Тақта алғашқы %n қайшылықты көрсетеді; қалғандары онда делегациялар, адамдар немесе залдар және күндер бойынша есептеледі.</numerusform>
            <numerusform>Тақта алғашқы %n қайшылықты көрсетеді; қалғандары онда делегациялар, адамдар немесе залдар және күндер бойынша есептеледі.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Meeting</source>
        <translation>Жаңа кездесу</translation>
    </message>
    <message>
        <source>Cannot Edit</source>
        <translation>Өзгерту мүмкін емес</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>«%1» өзгерту</translation>
    </message>
    <message>
        <source>Edit Meeting</source>
        <translation>Кездесуді өзгерту</translation>
    </message>
    <message>
        <source>Move Meeting</source>
        <translation>Кездесуді ауыстыру</translation>
    </message>
    <message>
        <source>Cannot Move the Meeting</source>
        <translation>Кездесуді ауыстыру мүмкін болмады</translation>
    </message>
    <message>
        <source>Change Duration</source>
        <translation>Ұзақтығын өзгерту</translation>
    </message>
    <message>
        <source>Cannot Change the Duration</source>
        <translation>Ұзақтығын өзгерту мүмкін болмады</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Белгілеу: %1</translation>
    </message>
    <message>
        <source>Cannot Change the Status</source>
        <translation>Мәртебесін өзгерту мүмкін болмады</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n meeting</source>
        <comment>Delete %n meetings</comment>
        <translation>
            <numerusform>%n кездесуді жою</numerusform>
            <numerusform>%n кездесуді жою</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Жою мүмкін емес</translation>
    </message>
    <message>
        <source>Duplicate Meeting</source>
        <translation>Кездесудің көшірмесін жасау</translation>
    </message>
    <message>
        <source>Cannot Duplicate</source>
        <translation>Көшірмесін жасау мүмкін болмады</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Көшірмесін жасау</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message numerus="yes">
        <source>%n more conflict, not listed; by delegation, person or room and day:</source>
        <comment>%n more conflicts, not listed; by delegation, person or room and day:</comment>
        <translation>
            <numerusform>Тағы %n қайшылық көрсетілмеген; делегациялар, адамдар немесе залдар және күндер бойынша:</numerusform>
            <numerusform>Тағы %n қайшылық көрсетілмеген; делегациялар, адамдар немесе залдар және күндер бойынша:</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <comment>+ %n more</comment>
        <translation>
            <numerusform>+ тағы %n</numerusform>
            <numerusform>+ тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Қабаттасу</translation>
    </message>
    <message>
        <source>Clash: %1</source>
        <translation>Қабаттасу: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <comment>%n waiting</comment>
        <translation>
            <numerusform>күтуде: %n</numerusform>
            <numerusform>күтуде: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Wall chart, %1</source>
        <translation>Қабырға кестесі, %1</translation>
    </message>
    <message>
        <source>%1, no room</source>
        <translation>%1, залсыз</translation>
    </message>
    <message>
        <source>%1: meetings without a room</source>
        <translation>%1: залсыз кездесулер</translation>
    </message>
    <message>
        <source>Without a room, %1</source>
        <translation>Залсыз, %1</translation>
    </message>
    <message>
        <source>the first %1; %2; the rest are counted by delegation, person or room and day on the Conflicts sheet</source>
        <translation>алғашқы %1; %2; қалғандары «Қайшылықтар» парағында делегациялар, адамдар немесе залдар және күндер бойынша есептелген</translation>
    </message>
    <message>
        <source>Conflicts listed</source>
        <translation>Көрсетілген қайшылықтар</translation>
    </message>
    <message>
        <source>Overlaps counted, not listed</source>
        <translation>Қабаттасулар есептелді, бірақ көрсетілмеді</translation>
    </message>
    <message numerus="yes">
        <source>%n group of overlapping meetings (%1 pairs)</source>
        <comment>%n groups of overlapping meetings (%1 pairs)</comment>
        <translation>
            <numerusform>Қабаттасқан кездесулердің %n тобы (%1 жұп)</numerusform>
            <numerusform>Қабаттасқан кездесулердің %n тобы (%1 жұп)</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Маңыздылығы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Түсіндірме</translation>
    </message>
    <message>
        <source>The list above is cut: the summit&apos;s first %1 conflicts are listed (those of these meetings among them); below, the overlaps by delegation, person or room and day, counted.</source>
        <translation>Жоғарыдағы тізім қысқартылған: саммиттің алғашқы %1 қайшылығы көрсетілген (олардың ішінде осы кездесулердікі де бар); төменде — делегациялар, адамдар немесе залдар және күндер бойынша есептелген қабаттасулар.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting</source>
        <comment>%n meetings</comment>
        <translation>
            <numerusform>%n кездесу</numerusform>
            <numerusform>%n кездесу</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегациялар</translation>
    </message>
    <message>
        <source>Meeting ID</source>
        <translation>Кездесу ID</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Кесте</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, counted in the Conflicts panel&apos;s groups.</source>
        <comment>… and %n more, counted in the Conflicts panel&apos;s groups.</comment>
        <translation>
            <numerusform>… және тағы %n, қайшылықтар тақтасының топтарында есептелген.</numerusform>
            <numerusform>… және тағы %n, қайшылықтар тақтасының топтарында есептелген.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Open Summit</source>
        <translation>Саммитті ашу мүмкін болмады</translation>
    </message>
    <message>
        <source>Summit Open Elsewhere</source>
        <translation>Саммит басқа жерде ашық</translation>
    </message>
    <message>
        <source>Summit Cannot Be Changed</source>
        <translation>Саммитті өзгерту мүмкін емес</translation>
    </message>
    <message>
        <source>Open it read-only? You can read, export and copy it, not change it.</source>
        <translation>Оны тек оқу үшін ашу керек пе? Оны оқуға, экспорттауға және көшіруге болады, бірақ өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Open a cleaned copy instead? It is written beside the file, which stays as it is.</source>
        <translation>Оның орнына тазартылған көшірмесін ашу керек пе? Ол файлдың жанына жазылады, файлдың өзі өзгеріссіз қалады.</translation>
    </message>
    <message>
        <source>Its newest good backup, from %1, has %2 and %3. Restore it?</source>
        <translation>Оның %1 кезіндегі соңғы жарамды сақтық көшірмесінде %2 және %3 бар. Қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <source>Restore Backup As</source>
        <translation>Сақтық көшірмесін былай қалпына келтіру</translation>
    </message>
    <message>
        <source>Opened %1, a cleaned copy of %2 (%3 changes).</source>
        <translation>%1 ашылды — %2 тазартылған көшірмесі (өзгерістер: %3).</translation>
    </message>
    <message>
        <source>Cannot Restore the Backup</source>
        <translation>Сақтық көшірмесін қалпына келтіру мүмкін болмады</translation>
    </message>
    <message>
        <source>%1 is open in another window; choose another name.</source>
        <translation>%1 басқа терезеде ашық; басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>That file is the summit that is open now; choose another name.</source>
        <translation>Бұл файл — қазір ашық тұрған саммит; басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 is already open in %5 on %2 since %3 (process %4).</source>
        <translation>%1 %3 бастап %2 компьютеріндегі %5 бағдарламасында ашық (%4 процесі).</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>белгісіз уақыт</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>осы компьютер</translation>
    </message>
    <message>
        <source>{name} is open for writing in {program} (process {pid} of user {user}) on {host} since {since}; close it there and try again.</source>
        <translation>{name} {since} бастап {host} компьютеріндегі {program} бағдарламасында жазу үшін ашық ({user} пайдаланушысының {pid} процесі); оны сонда жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>{name} is open for writing in {program} (process {pid}) on {host} since {since}; close it there and try again.</source>
        <translation>{name} {since} бастап {host} компьютеріндегі {program} бағдарламасында жазу үшін ашық ({pid} процесі); оны сонда жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>басқа бағдарлама</translation>
    </message>
    <message>
        <source>{name} is read-only (its permissions allow no changes); make it writable, or work on a copy.</source>
        <translation>{name} тек оқу үшін (рұқсаттары өзгертуге жол бермейді); оны жазуға болатын етіңіз немесе көшірмесімен жұмыс істеңіз.</translation>
    </message>
    <message>
        <source>like its lock</source>
        <translation>оның құлпына ұқсас</translation>
    </message>
    <message>
        <source>The folder of {name} holds something named {named} that is not a Summit Planner lock file; remove it to change the summit.</source>
        <translation>{name} қалтасында Summit Planner құлып файлы емес {named} деген нысан бар; саммитті өзгерту үшін оны жойыңыз.</translation>
    </message>
    <message>
        <source>The folder of {name} cannot be written to, so the summit cannot change.</source>
        <translation>{name} қалтасына жазу мүмкін емес, сондықтан саммитті өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <source>{name} cannot be locked for writing ({detail}); nothing was changed.</source>
        <translation>{name} файлын жазу үшін құлыптау мүмкін болмады ({detail}); ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>%1 is read-only: its permissions allow no changes.</source>
        <translation>%1 тек оқу үшін: рұқсаттары өзгертуге жол бермейді.</translation>
    </message>
    <message>
        <source>The folder of %1 holds something named %2 that is not a lock file of Summit Planner, so the summit cannot be changed while it is there.</source>
        <translation>%1 қалтасында Summit Planner құлып файлы емес %2 деген нысан бар, ол сонда тұрғанда саммитті өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written to, so the summit cannot change.</source>
        <translation>%1 қалтасына жазу мүмкін емес, сондықтан саммитті өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <source>%1 cannot be locked for writing (%2).</source>
        <translation>%1 файлын жазу үшін құлыптау мүмкін болмады (%2).</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Ұстанымдар</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Әңгімеге арналған тезистер</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Ұстаным</translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation>Қызыл сызықтар</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Балама ұстаным</translation>
    </message>
    <message numerus="yes">
        <source>%n position</source>
        <comment>%n positions</comment>
        <translation>
            <numerusform>%n ұстаным</numerusform>
            <numerusform>%n ұстаным</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 support, %2 conditional, %3 oppose, %4 neutral, %5 unknown</source>
        <translation>қолдайды: %1, шартпен: %2, қарсы: %3, бейтарап: %4, белгісіз: %5</translation>
    </message>
    <message>
        <source>How many delegations support, support on conditions, oppose</source>
        <translation>Қанша делегация қолдайды, шартпен қолдайды, қарсы</translation>
    </message>
    <message>
        <source>%1 (backup of %2).summit</source>
        <translation>%1 (%2 сақтық көшірмесі).summit</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Саммит</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Өзіміз</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>programme of %1</source>
        <translation>%1 бағдарламасы</translation>
    </message>
    <message>
        <source>meetings of %1 — %2</source>
        <translation>%1 кездесулері — %2</translation>
    </message>
    <message>
        <source>whole summit</source>
        <translation>бүкіл саммит</translation>
    </message>
    <message>
        <source>Internal: our own team only; holds what the delegation keeps to itself</source>
        <translation>Ішкі: тек өз командамызға арналған; делегацияның өзінде қалатын мәліметтер бар</translation>
    </message>
    <message>
        <source>External: for sending outside the delegation; leaves out %1</source>
        <translation>Сыртқы: делегациядан тыс жіберу үшін; мыналарсыз: %1</translation>
    </message>
    <message>
        <source>all days</source>
        <translation>барлық күндер</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Бірінші күн</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Соңғы күн</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Жасалды</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Кім үшін</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Көрініс</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Күндер</translation>
    </message>
    <message>
        <source>Home delegation</source>
        <translation>Өз делегациясы</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Есептілік валютасы</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Жұмыс күнінің басталуы</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>Жұмыс күнінің аяқталуы</translation>
    </message>
    <message>
        <source>Slot length (minutes)</source>
        <translation>Уақыт аралығы (минут)</translation>
    </message>
    <message>
        <source>Transfer time (minutes)</source>
        <translation>Жолға кететін уақыт (минут)</translation>
    </message>
    <message>
        <source>Scheduling: high priorities early (weight)</source>
        <translation>Жоспарлау: жоғары басымдықтар ертерек (салмақ)</translation>
    </message>
    <message>
        <source>Scheduling: breaks for principals (weight)</source>
        <translation>Жоспарлау: бірінші басшыларға үзіліс (салмақ)</translation>
    </message>
    <message>
        <source>Scheduling: no idle hour for principals (weight)</source>
        <translation>Жоспарлау: бірінші басшыларда бос сағат болмасын (салмақ)</translation>
    </message>
    <message>
        <source>Scheduling: a delegation keeps its room (weight)</source>
        <translation>Жоспарлау: делегация өз залында қалады (салмақ)</translation>
    </message>
    <message>
        <source>Scheduling: the smallest room that fits (weight)</source>
        <translation>Жоспарлау: сыйымдылығы жететін ең кіші зал (салмақ)</translation>
    </message>
    <message>
        <source>Summit Settings</source>
        <translation>Саммит баптаулары</translation>
    </message>
    <message>
        <source>Change Summit Settings</source>
        <translation>Саммит баптауларын өзгерту</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Summit…</source>
        <translation>&amp;Жаңа саммит…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>Open Ser&amp;ver Summit…</source>
        <translation>С&amp;ервердегі саммитті ашу…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Summit</source>
        <translation>Саммит &amp;үлгісін ашу</translation>
    </message>
    <message>
        <source>&amp;Import Agenda Issues…</source>
        <translation>Күн тәртібі мәселелерін &amp;импорттау…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>Excel-ге &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Export &amp;Programme…</source>
        <translation>Бағ&amp;дарламаны экспорттау…</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar…</source>
        <translation>&amp;Күнтізбені экспорттау…</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y As…</source>
        <translation>Көшірмесін &amp;басқаша сақтау…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>Сақтық көшірмеден &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Жаб&amp;у</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Т&amp;үзету</translation>
    </message>
    <message>
        <source>Summit &amp;Settings…</source>
        <translation>Саммит ба&amp;птаулары…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>Conflicts &amp;Panel</source>
        <translation>Қайшылықтар &amp;тақтасы</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Жұмысты бастау</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>&amp;About Summit Planner</source>
        <translation>Summit Planner &amp;туралы</translation>
    </message>
    <message>
        <source>Previous or next day (Schedule)</source>
        <translation>Алдыңғы немесе келесі күн (Кесте)</translation>
    </message>
    <message>
        <source>Edit the selected meeting, issue or request</source>
        <translation>Таңдалған кездесуді, мәселені немесе өтінімді өзгерту</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Таңдалғанды жою</translation>
    </message>
    <message>
        <source>Duplicate the selected meeting</source>
        <translation>Таңдалған кездесудің көшірмесін жасау</translation>
    </message>
    <message>
        <source>Cancel a drag in the Schedule</source>
        <translation>Кестеде сүйреуді болдырмау</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Set stances in Positions</source>
        <translation>«Ұстанымдар» бөлімінде ұстанымдарды белгілеу</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Getting started&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Schedule&lt;/b&gt; (Ctrl+1) shows one summit day as a wall chart. Drag a meeting to move it, drag its lower edge to change its length, double-click an empty slot to create one. Select a meeting to read its details beside the chart.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Meetings&lt;/b&gt; (Ctrl+2) lists every meeting. Type a delegation, a person, a room or an issue code into the search field to find their meetings; the details pane shows the agenda, the people and the conflicts of the selected one, and the next meetings of a person.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Issues&lt;/b&gt; (Ctrl+3) holds the agenda issues and where each came up; &lt;b&gt;Positions&lt;/b&gt; (Ctrl+4) where every delegation stands on each, with talking points and red lines; &lt;b&gt;Financing&lt;/b&gt; (Ctrl+5) the requests, the envelopes they draw on, totals and history; &lt;b&gt;Delegations&lt;/b&gt; (Ctrl+6) the people and rooms.&lt;/p&gt;&lt;p&gt;Every change is saved at once and can be undone (Ctrl+Z). Conflicts are counted in the status bar; View ▸ Conflicts Panel lists them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Жұмысты бастау&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Кесте&lt;/b&gt; (Ctrl+1) саммиттің бір күнін қабырға кестесі түрінде көрсетеді. Кездесуді ауыстыру үшін оны сүйреңіз, ұзақтығын өзгерту үшін төменгі шетін тартыңыз, жаңа кездесу жасау үшін бос аралықты екі рет шертіңіз. Кестенің жанында толық мәліметті оқу үшін кездесуді таңдаңыз.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Кездесулер&lt;/b&gt; (Ctrl+2) барлық кездесулерді тізіп береді. Кездесулерін табу үшін іздеу өрісіне делегацияны, адамды, залды немесе мәселе кодын енгізіңіз; мәліметтер тақтасы таңдалған кездесудің күн тәртібін, қатысушыларын және қайшылықтарын, сондай-ақ адамның келесі кездесулерін көрсетеді.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Мәселелер&lt;/b&gt; (Ctrl+3) — күн тәртібі мәселелері және әрқайсысы қай жерде көтерілгені; &lt;b&gt;Ұстанымдар&lt;/b&gt; (Ctrl+4) — әр делегацияның әр мәселе бойынша ұстанымы, тезистер мен қызыл сызықтар; &lt;b&gt;Қаржыландыру&lt;/b&gt; (Ctrl+5) — өтінімдер, қаржыландыру пакеттері, жиынтықтар және тарих; &lt;b&gt;Делегациялар&lt;/b&gt; (Ctrl+6) — адамдар мен залдар.&lt;/p&gt;&lt;p&gt;Әр өзгеріс бірден сақталады және оны болдырмауға болады (Ctrl+Z). Қайшылықтар күй жолағында есептеледі; «Көрініс ▸ Қайшылықтар тақтасы» оларды тізіп береді.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Жұмысты бастау</translation>
    </message>
    <message>
        <source>About Summit Planner</source>
        <translation>Summit Planner туралы</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Summit Planner %1&lt;/h3&gt;&lt;p&gt;Plan a summit&apos;s meetings, agenda issues, positions and financing requests.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Summit Planner %1&lt;/h3&gt;&lt;p&gt;Саммиттің кездесулерін, күн тәртібі мәселелерін, ұстанымдарды және қаржыландыруға өтінімдерді жоспарлау.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A backup cannot be restored over the summit that is open; choose another name.</source>
        <translation>Сақтық көшірмені ашық тұрған саммиттің үстіне қалпына келтіруге болмайды; басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>“{title}” ({day} {start}–{end})</source>
        <translation>«{title}» ({day} {start}–{end})</translation>
    </message>
    <message>
        <source>Unknown delegation</source>
        <translation>Белгісіз делегация</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Біреу</translation>
    </message>
    <message>
        <source>{name} ({rank}, {code})</source>
        <translation>{name} ({rank}, {code})</translation>
    </message>
    <message>
        <source>an unknown room</source>
        <translation>белгісіз зал</translation>
    </message>
    <message>
        <source>head of state</source>
        <translation>мемлекет басшысы</translation>
    </message>
    <message>
        <source>head of government</source>
        <translation>үкімет басшысы</translation>
    </message>
    <message>
        <source>minister</source>
        <translation>министр</translation>
    </message>
    <message>
        <source>deputy minister</source>
        <translation>вице-министр</translation>
    </message>
    <message>
        <source>ambassador</source>
        <translation>елші</translation>
    </message>
    <message>
        <source>senior official</source>
        <translation>жоғары лауазымды тұлға</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>сарапшы</translation>
    </message>
    <message>
        <source>{who} hold two meetings at once: {first} and {second}.</source>
        <translation>{who} залдарында бір мезгілде екі кездесу белгіленген: {first} және {second}.</translation>
    </message>
    <message>
        <source>{who} holds two meetings at once: {first} and {second}.</source>
        <translation>{who} залында бір мезгілде екі кездесу белгіленген: {first} және {second}.</translation>
    </message>
    <message>
        <source>{who} are expected in two meetings at once: {first} and {second}.</source>
        <translation>{who}: бір мезгілде екі кездесуге қатысу — {first} және {second}.</translation>
    </message>
    <message>
        <source>{who} is expected in two meetings at once: {first} and {second}.</source>
        <translation>{who}: бір мезгілде екі кездесуге қатысу — {first} және {second}.</translation>
    </message>
    <message>
        <source>{who} have {gap} to get from {here} to {there} between {first} and {second}; the transfer time is {transfer}.</source>
        <translation>{who}: {first} және {second} арасында «{here}» ғимаратынан «{there}» ғимаратына жетуге небәрі {gap} бар; жолға {transfer} қажет.</translation>
    </message>
    <message>
        <source>{who} has {gap} to get from {here} to {there} between {first} and {second}; the transfer time is {transfer}.</source>
        <translation>{who}: {first} және {second} арасында «{here}» ғимаратынан «{there}» ғимаратына жетуге небәрі {gap} бар; жолға {transfer} қажет.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute</source>
        <comment>%n minutes</comment>
        <translation>
            <numerusform>%n минут</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>{meeting} is outside the summit&apos;s days ({first} to {last}).</source>
        <translation>{meeting} кездесуі саммит күндерінен тыс ({first} – {last}).</translation>
    </message>
    <message>
        <source>{meeting} is outside the working hours ({start}–{end}).</source>
        <translation>{meeting} кездесуі жұмыс уақытынан тыс ({start}–{end}).</translation>
    </message>
    <message>
        <source>{meeting} has {required} required attendees but {room} seats {capacity}.</source>
        <translation>{meeting}: міндетті қатысушылар — {required}, ал {room} залында {capacity} орын бар.</translation>
    </message>
    <message>
        <source>{meeting} is confirmed but has no room.</source>
        <translation>{meeting} кездесуі расталды, бірақ зал тағайындалмаған.</translation>
    </message>
    <message>
        <source>In {meeting}, {senior} faces {junior} as the most senior of their delegation.</source>
        <translation>{meeting} кездесуінде {senior} өз делегациясындағы ең жоғары лауазымды тұлға ретінде {junior} тұлғасымен кездеседі.</translation>
    </message>
    <message numerus="yes">
        <source>%n overlapping pair</source>
        <comment>%n overlapping pairs</comment>
        <translation>
            <numerusform>%n қабаттасқан жұп</numerusform>
            <numerusform>%n қабаттасқан жұп</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>among %n meeting</source>
        <comment>among %n meetings</comment>
        <translation>
            <numerusform>%n кездесу арасында</numerusform>
            <numerusform>%n кездесу арасында</numerusform>
        </translation>
    </message>
    <message>
        <source>{who} is double-booked on {day}: {pairs} {among}.</source>
        <translation>{who} залы {day} екі рет брондалған: {among} {pairs}.</translation>
    </message>
    <message>
        <source>{who} is expected in two meetings at once on {day}: {pairs} {among}.</source>
        <translation>{who} {day} бір мезгілде екі кездесуде болуы тиіс: {among} {pairs}.</translation>
    </message>
    <message>
        <source>The delegation code is empty; type one.</source>
        <translation>Делегация коды бос; оны енгізіңіз.</translation>
    </message>
    <message>
        <source>“{code}” is not a delegation code; use two letters (ISO 3166, e.g. KZ) or an organisation&apos;s short code of up to 12 letters, digits or hyphens.</source>
        <translation>«{code}» — делегация коды емес; екі әріпті (ISO 3166, мысалы KZ) немесе 12 әріпке, цифрға не дефиске дейінгі ұйымның қысқа кодын қолданыңыз.</translation>
    </message>
    <message>
        <source>Another delegation already has the code {code}.</source>
        <translation>{code} коды басқа делегацияда бар.</translation>
    </message>
    <message>
        <source>The delegation name is empty; type one.</source>
        <translation>Делегация атауы бос; оны енгізіңіз.</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour; use the form #1F77B4.</source>
        <translation>«{colour}» — түс емес; #1F77B4 түріндегі жазбаны қолданыңыз.</translation>
    </message>
    <message>
        <source>The precedence must be a whole number.</source>
        <translation>Протоколдық реттілік бүтін сан болуы тиіс.</translation>
    </message>
    <message>
        <source>The person&apos;s name is empty; type one.</source>
        <translation>Адамның аты-жөні бос; оны енгізіңіз.</translation>
    </message>
    <message>
        <source>Choose the delegation this person belongs to.</source>
        <translation>Бұл адам қай делегацияға жататынын таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>{name} attends %n meeting for their present delegation; remove them from it before moving them to another delegation.</source>
        <comment>{name} attends %n meetings for their present delegation; remove them from those meetings before moving them to another delegation.</comment>
        <translation>
            <numerusform>{name} қазіргі делегациясы атынан %n кездесуге қатысады; басқа делегацияға ауыстырмас бұрын оны сол кездесулерден шығарыңыз.</numerusform>
            <numerusform>{name} қазіргі делегациясы атынан %n кездесуге қатысады; басқа делегацияға ауыстырмас бұрын оны сол кездесулерден шығарыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{value}” is not a rank.</source>
        <translation>«{value}» — лауазым деңгейі емес.</translation>
    </message>
    <message>
        <source>The room name is empty; type one.</source>
        <translation>Зал атауы бос; оны енгізіңіз.</translation>
    </message>
    <message>
        <source>Another room is already called “{name}”.</source>
        <translation>«{name}» деген зал бұрыннан бар.</translation>
    </message>
    <message>
        <source>The capacity must be a whole number of seats.</source>
        <translation>Сыйымдылық орындардың бүтін саны болуы тиіс.</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>Сыйымдылық теріс бола алмайды.</translation>
    </message>
    <message numerus="yes">
        <source>it takes part in %n meeting</source>
        <comment>it takes part in %n meetings</comment>
        <translation>
            <numerusform>ол %n кездесуге қатысады</numerusform>
            <numerusform>ол %n кездесуге қатысады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %n financing request</source>
        <comment>it has %n financing requests</comment>
        <translation>
            <numerusform>оның %n қаржыландыру өтінімі бар</numerusform>
            <numerusform>оның %n қаржыландыру өтінімі бар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it is referred to by %n other record</source>
        <comment>it is referred to by %n other records</comment>
        <translation>
            <numerusform>оған тағы %n жазба сілтеме жасайды</numerusform>
            <numerusform>оған тағы %n жазба сілтеме жасайды</numerusform>
        </translation>
    </message>
    <message>
        <source>{names} cannot be deleted: {reasons}. Remove it from those first, then delete it.</source>
        <translation>{names} жою мүмкін емес: {reasons}. Алдымен осы байланыстарды алып тастап, содан кейін жойыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n person of the delegation will be deleted.</source>
        <comment>%n people of the delegation will be deleted.</comment>
        <translation>
            <numerusform>Делегацияның %n адамы жойылады.</numerusform>
            <numerusform>Делегацияның %n адамы жойылады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting attendance will be removed.</source>
        <comment>%n meeting attendances will be removed.</comment>
        <translation>
            <numerusform>Кездесуге %n қатысу алынып тасталады.</numerusform>
            <numerusform>Кездесуге %n қатысу алынып тасталады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded position will be deleted.</source>
        <comment>%n recorded positions will be deleted.</comment>
        <translation>
            <numerusform>Жазылған %n ұстаным жойылады.</numerusform>
            <numerusform>Жазылған %n ұстаным жойылады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda issue will have no lead delegation.</source>
        <comment>%n agenda issues will have no lead delegation.</comment>
        <translation>
            <numerusform>Күн тәртібіндегі %n мәселенің жетекші делегациясы болмайды.</numerusform>
            <numerusform>Күн тәртібіндегі %n мәселенің жетекші делегациясы болмайды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting will have no room.</source>
        <comment>%n meetings will have no room.</comment>
        <translation>
            <numerusform>%n кездесудің залы болмайды.</numerusform>
            <numerusform>%n кездесудің залы болмайды.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a rate for {currency}.</source>
        <translation>{currency} үшін бағам бұрыннан бар.</translation>
    </message>
    <message>
        <source>Give the date the rate is valid for.</source>
        <translation>Бағам қолданылатын күнді көрсетіңіз.</translation>
    </message>
    <message>
        <source>A {current} request cannot become {target}; it can become {allowed}.</source>
        <translation>«{current}» мәртебесіндегі өтінімді «{target}» мәртебесіне ауыстыруға болмайды; мүмкін мәртебелер: {allowed}.</translation>
    </message>
    <message>
        <source>A {current} request cannot become {target}; it is final.</source>
        <translation>«{current}» мәртебесіндегі өтінімді «{target}» мәртебесіне ауыстыруға болмайды; бұл мәртебе түпкілікті.</translation>
    </message>
    <message>
        <source>The request has no title; type one.</source>
        <translation>Өтінімнің атауы жоқ; оны енгізіңіз.</translation>
    </message>
    <message>
        <source>“{code}” is not a request code; use e.g. FIN-07.</source>
        <translation>«{code}» — өтінім коды емес; мысалы, FIN-07 түрін қолданыңыз.</translation>
    </message>
    <message>
        <source>Another request already has the code {code}.</source>
        <translation>{code} коды басқа өтінімде бар.</translation>
    </message>
    <message>
        <source>Choose the delegation that asks (the borrower).</source>
        <translation>Қаражат сұрайтын делегацияны (қарыз алушыны) таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose who is asked (the lender).</source>
        <translation>Өтінім кімге бағытталғанын (қарыз берушіні) таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose an instrument.</source>
        <translation>Құралды таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Мәртебені таңдаңыз.</translation>
    </message>
    <message>
        <source>The agenda issue no longer exists.</source>
        <translation>Күн тәртібіндегі мәселе енді жоқ.</translation>
    </message>
    <message>
        <source>The envelope no longer exists.</source>
        <translation>Қаржыландыру пакеті енді жоқ.</translation>
    </message>
    <message>
        <source>The envelope {name} is the lender {short_name}&apos;s; a request drawing on it must be asked of that lender.</source>
        <translation>{name} пакеті {short_name} қарыз берушісіне тиесілі; осы пакет есебінен берілетін өтінім сол қарыз берушіге жолдануы тиіс.</translation>
    </message>
    <message>
        <source>A chosen meeting no longer exists.</source>
        <translation>Таңдалған кездесу енді жоқ.</translation>
    </message>
    <message>
        <source>A new request starts as a draft or as submitted; move it on from there.</source>
        <translation>Жаңа өтінім жоба немесе жіберілген күйінде басталады; әрі қарай оны ілгерілетуге болады.</translation>
    </message>
    <message>
        <source>Totals cannot be made by {by}.</source>
        <translation>Жиынтықты «{by}» бойынша шығаруға болмайды.</translation>
    </message>
    <message>
        <source>“{code}” is not an issue code; use letters, a hyphen and a number, e.g. ECO-07.</source>
        <translation>«{code}» — мәселе коды емес; әріптерді, дефисті және санды қолданыңыз, мысалы ECO-07.</translation>
    </message>
    <message>
        <source>Another issue already has the code {code}.</source>
        <translation>{code} коды басқа мәселеде бар.</translation>
    </message>
    <message>
        <source>The issue has no title; type one.</source>
        <translation>Мәселенің атауы жоқ; оны енгізіңіз.</translation>
    </message>
    <message>
        <source>Choose the track the issue belongs to.</source>
        <translation>Мәселе жататын бағытты таңдаңыз.</translation>
    </message>
    <message>
        <source>“{value}” is not a priority.</source>
        <translation>«{value}» — басымдық емес.</translation>
    </message>
    <message>
        <source>“{value}” is not an issue status.</source>
        <translation>«{value}» — мәселе мәртебесі емес.</translation>
    </message>
    <message>
        <source>The lead delegation no longer exists.</source>
        <translation>Жетекші делегация енді жоқ.</translation>
    </message>
    <message>
        <source>The due date is not a date.</source>
        <translation>Мерзімі күн емес.</translation>
    </message>
    <message numerus="yes">
        <source>They are removed from %n meeting agenda item.</source>
        <comment>They are removed from %n meeting agenda items.</comment>
        <translation>
            <numerusform>Олар кездесулер күн тәртібінің %n тармағынан алынып тасталады.</numerusform>
            <numerusform>Олар кездесулер күн тәртібінің %n тармағынан алынып тасталады.</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} және {second}</translation>
    </message>
    <message>
        <source>The meeting is cancelled; put the issue on another meeting&apos;s agenda.</source>
        <translation>Кездесу болдырылмады; мәселені басқа кездесудің күн тәртібіне енгізіңіз.</translation>
    </message>
    <message>
        <source>The issue is already on that meeting&apos;s agenda; change its minutes in the meeting editor.</source>
        <translation>Мәселе осы кездесудің күн тәртібінде бар; оған бөлінген минуттарды кездесу редакторында өзгертіңіз.</translation>
    </message>
    <message>
        <source>A {value} meeting cannot become {value2}; it can become {join}.</source>
        <translation>«{value}» мәртебесіндегі кездесуді «{value2}» мәртебесіне ауыстыруға болмайды; мүмкін мәртебелер: {join}.</translation>
    </message>
    <message>
        <source>The meeting no longer exists; it may have been deleted.</source>
        <translation>Кездесу енді жоқ; ол жойылған болуы мүмкін.</translation>
    </message>
    <message>
        <source>The chosen room no longer exists.</source>
        <translation>Таңдалған зал енді жоқ.</translation>
    </message>
    <message>
        <source>{names} cannot attend: their delegation does not take part in the meeting.</source>
        <translation>{names} қатыса алмайды: оның делегациясы кездесуге қатыспайды.</translation>
    </message>
    <message>
        <source>A chosen financing request no longer exists.</source>
        <translation>Таңдалған қаржыландыру өтінімі енді жоқ.</translation>
    </message>
    <message>
        <source>The meeting has no title; type one.</source>
        <translation>Кездесудің атауы жоқ; оны енгізіңіз.</translation>
    </message>
    <message>
        <source>{day} is outside the summit, which runs from {first_day} to {last_day}.</source>
        <translation>{day} — саммит күндерінен тыс, саммит {first_day} – {last_day} аралығында өтеді.</translation>
    </message>
    <message>
        <source>A meeting lasts from {shortest} minutes to 24 hours; the end must come after the start.</source>
        <translation>Кездесу {shortest} минуттан 24 сағатқа дейін созылады; аяқталуы басталуынан кейін болуы тиіс.</translation>
    </message>
    <message>
        <source>“{level}” is not a meeting level.</source>
        <translation>«{level}» — кездесу деңгейі емес.</translation>
    </message>
    <message>
        <source>“{status}” is not a meeting status.</source>
        <translation>«{status}» — кездесу мәртебесі емес.</translation>
    </message>
    <message>
        <source>A priority is 1 (highest) to 4 (lowest).</source>
        <translation>Басымдық 1-ден (ең жоғары) 4-ке (ең төмен) дейін.</translation>
    </message>
    <message>
        <source>The latest start comes before the earliest; swap or clear them.</source>
        <translation>Ең кеш басталу уақыты ең ерте уақыттан бұрын тұр; оларды ауыстырыңыз немесе тазалаңыз.</translation>
    </message>
    <message>
        <source>Minutes allotted to an issue must be 0 or more.</source>
        <translation>Мәселеге бөлінген минуттар 0 немесе одан көп болуы тиіс.</translation>
    </message>
    <message>
        <source>An issue on the agenda no longer exists.</source>
        <translation>Күн тәртібіндегі мәселе енді жоқ.</translation>
    </message>
    <message>
        <source>Choose at least one delegation for the meeting.</source>
        <translation>Кездесу үшін кемінде бір делегацияны таңдаңыз.</translation>
    </message>
    <message>
        <source>A chosen delegation no longer exists.</source>
        <translation>Таңдалған делегация енді жоқ.</translation>
    </message>
    <message>
        <source>A meeting has one host; choose only one.</source>
        <translation>Кездесудің қабылдаушы тарапы біреу; тек біреуін таңдаңыз.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount; type digits, e.g. 250000000 or 1,250,000.50.</source>
        <translation>«{text}» — сома емес; цифрларды енгізіңіз, мысалы 250000000 немесе 1,250,000.50.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Сома нөлден үлкен болуы тиіс.</translation>
    </message>
    <message>
        <source>The amount is too large to be real; check the zeros.</source>
        <translation>Сома шынайы болу үшін тым үлкен; нөлдерді тексеріңіз.</translation>
    </message>
    <message>
        <source>Amounts have at most two decimals.</source>
        <translation>Сомада үтірден кейін екі таңбадан аспауы тиіс.</translation>
    </message>
    <message>
        <source>“{text}” is not a rate; type e.g. 0.1392.</source>
        <translation>«{text}» — бағам емес; мысалы, 0.1392 енгізіңіз.</translation>
    </message>
    <message>
        <source>The rate must be more than zero and below a million.</source>
        <translation>Бағам нөлден үлкен және миллионнан кіші болуы тиіс.</translation>
    </message>
    <message>
        <source>“{code}” is not a currency code; use ISO 4217, e.g. USD, CNY.</source>
        <translation>«{code}» — валюта коды емес; ISO 4217 қолданыңыз, мысалы USD, CNY.</translation>
    </message>
    <message>
        <source>bn</source>
        <translation>млрд</translation>
    </message>
    <message>
        <source>m</source>
        <translation>млн</translation>
    </message>
    <message>
        <source>k</source>
        <translation>мың</translation>
    </message>
    <message>
        <source>The data folder {folder} {problem}, so nothing can be saved there; make it a folder you can write to, or set {variable} to another folder.</source>
        <translation>{folder} деректер қалтасы {problem}, сондықтан оған ештеңе сақтау мүмкін емес; оны жазуға болатын етіңіз немесе {variable} айнымалысында басқа қалтаны көрсетіңіз.</translation>
    </message>
    <message>
        <source>is a link to a folder that does not exist</source>
        <translation>жоқ қалтаға апаратын сілтеме болып табылады</translation>
    </message>
    <message>
        <source>is a file, not a folder</source>
        <translation>қалта емес, файл болып табылады</translation>
    </message>
    <message>
        <source>cannot be created (a file stands where one of its folders should be)</source>
        <translation>жасалмайды (оның қалталарының бірінің орнында файл тұр)</translation>
    </message>
    <message>
        <source>cannot be created ({reason})</source>
        <translation>жасалмайды ({reason})</translation>
    </message>
    <message>
        <source>cannot be written to (permission denied)</source>
        <translation>оған жазу мүмкін емес (рұқсат жоқ)</translation>
    </message>
    <message>
        <source>“{value}” is not a stance.</source>
        <translation>«{value}» — ұстаным емес.</translation>
    </message>
    <message>
        <source>An issue or delegation of the selection no longer exists.</source>
        <translation>Таңдалған мәселе немесе делегация енді жоқ.</translation>
    </message>
    <message>
        <source>The {label} no longer exists; it may have been deleted.</source>
        <translation>Жазба ({label}) енді жоқ; ол жойылған болуы мүмкін.</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>делегация</translation>
    </message>
    <message>
        <source>person</source>
        <translation>адам</translation>
    </message>
    <message>
        <source>room</source>
        <translation>зал</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>кездесу</translation>
    </message>
    <message>
        <source>meeting delegation</source>
        <translation>кездесудегі делегация</translation>
    </message>
    <message>
        <source>attendee</source>
        <translation>кездесу қатысушысы</translation>
    </message>
    <message>
        <source>track</source>
        <translation>бағыт</translation>
    </message>
    <message>
        <source>agenda issue</source>
        <translation>күн тәртібіндегі мәселе</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>күн тәртібінің тармағы</translation>
    </message>
    <message>
        <source>position</source>
        <translation>ұстаным</translation>
    </message>
    <message>
        <source>lender</source>
        <translation>қарыз беруші</translation>
    </message>
    <message>
        <source>envelope</source>
        <translation>қаржыландыру пакеті</translation>
    </message>
    <message>
        <source>exchange rate</source>
        <translation>валюта бағамы</translation>
    </message>
    <message>
        <source>financing request</source>
        <translation>қаржыландыруға өтінім</translation>
    </message>
    <message>
        <source>financing request&apos;s meeting</source>
        <translation>қаржыландыру өтінімі бойынша кездесу</translation>
    </message>
    <message>
        <source>financing status change</source>
        <translation>қаржыландыру мәртебесінің өзгеруі</translation>
    </message>
    <message>
        <source>summit</source>
        <translation>саммит</translation>
    </message>
    <message>
        <source>{what} could not be saved: {reason}. Nothing was changed.</source>
        <translation>{what}: сақтау мүмкін болмады ({reason}). Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The {label}</source>
        <translation>Жазба ({label})</translation>
    </message>
    <message>
        <source>The {label} is still in use and was not deleted.</source>
        <translation>Жазба ({label}) әлі қолданылуда және жойылмады.</translation>
    </message>
    <message>
        <source>Deleting the {label}</source>
        <translation>Жазбаны ({label}) жою</translation>
    </message>
    <message>
        <source>Restoring the {label}</source>
        <translation>Жазбаны ({label}) қалпына келтіру</translation>
    </message>
    <message>
        <source>A cleaned copy cannot replace the received file; choose another name.</source>
        <translation>Тазартылған көшірме алынған файлды алмастыра алмайды; басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}.</source>
        <translation>{name} оқу мүмкін емес: {error}.</translation>
    </message>
    <message>
        <source>{name} holds no summit description; it is incomplete.</source>
        <translation>{name} ішінде саммит сипаттамасы жоқ; файл толық емес.</translation>
    </message>
    <message>
        <source>A copy cannot replace the file it is made from; choose another name.</source>
        <translation>Көшірме өзі жасалатын файлды алмастыра алмайды; басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>The summit&apos;s name is empty; type one.</source>
        <translation>Саммит атауы бос; оны енгізіңіз.</translation>
    </message>
    <message>
        <source>Give the summit&apos;s first and last day.</source>
        <translation>Саммиттің бірінші және соңғы күнін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>Соңғы күн бірінші күннен бұрын тұр.</translation>
    </message>
    <message>
        <source>A summit may last at most {longest} days; check the dates.</source>
        <translation>Саммит ең көбі {longest} күнге созылуы мүмкін; күндерді тексеріңіз.</translation>
    </message>
    <message>
        <source>“{currency}” is not a currency code; use ISO 4217, e.g. USD.</source>
        <translation>«{currency}» — валюта коды емес; ISO 4217 қолданыңыз, мысалы USD.</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>Жұмыс күні басталғаннан кейін аяқталуы тиіс.</translation>
    </message>
    <message>
        <source>The slot length must be 5 to 120 minutes.</source>
        <translation>Уақыт аралығы 5 пен 120 минут арасында болуы тиіс.</translation>
    </message>
    <message>
        <source>The transfer time must be 0 to 240 minutes.</source>
        <translation>Жолға кететін уақыт 0 мен 240 минут арасында болуы тиіс.</translation>
    </message>
    <message>
        <source>The home delegation no longer exists.</source>
        <translation>Өз делегациясы енді жоқ.</translation>
    </message>
    <message>
        <source>“{name}” is not a time zone; use a name such as Asia/Almaty.</source>
        <translation>«{name}» — уақыт белдеуі емес; Asia/Almaty сияқты атауды қолданыңыз.</translation>
    </message>
    <message>
        <source>The track has no name; type one.</source>
        <translation>Бағыттың атауы жоқ; оны енгізіңіз.</translation>
    </message>
    <message>
        <source>Delete one track at a time.</source>
        <translation>Бағыттарды бір-бірлеп жойыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>The track %1 has %n issue; choose the track it moves to.</source>
        <comment>The track %1 has %n issues; choose the track they move to.</comment>
        <translation>
            <numerusform>%1 бағытында %n мәселе бар; оны қай бағытқа көшіретінін таңдаңыз.</numerusform>
            <numerusform>%1 бағытында %n мәселе бар; оларды қай бағытқа көшіретінін таңдаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose another existing track for its issues.</source>
        <translation>Оның мәселелері үшін басқа бар бағытты таңдаңыз.</translation>
    </message>
    <message>
        <source>Deleting the track {name}</source>
        <translation>{name} бағытын жою</translation>
    </message>
    <message>
        <source>Restoring the track {name}</source>
        <translation>{name} бағытын қалпына келтіру</translation>
    </message>
    <message numerus="yes">
        <source>%n seat · {building}</source>
        <comment>%n seats · {building}</comment>
        <translation>
            <numerusform>%n орын · {building}</numerusform>
            <numerusform>%n орын · {building}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat</source>
        <comment>%n seats</comment>
        <translation>
            <numerusform>%n орын</numerusform>
            <numerusform>%n орын</numerusform>
        </translation>
    </message>
    <message>
        <source>No room yet</source>
        <translation>Зал әлі жоқ</translation>
    </message>
    <message>
        <source>to be assigned</source>
        <translation>тағайындалады</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more conflict (see the Conflicts panel&apos;s groups).</source>
        <comment>… and %n more conflicts (see the Conflicts panel&apos;s groups).</comment>
        <translation>
            <numerusform>… және тағы %n қайшылық (қайшылықтар тақтасындағы топтарды қараңыз).</numerusform>
            <numerusform>… және тағы %n қайшылық (қайшылықтар тақтасындағы топтарды қараңыз).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Part of %n conflict (see the Conflicts panel&apos;s groups).</source>
        <comment>Part of %n conflicts (see the Conflicts panel&apos;s groups).</comment>
        <translation>
            <numerusform>%n қайшылыққа қатысты (қайшылықтар тақтасындағы топтарды қараңыз).</numerusform>
            <numerusform>%n қайшылыққа қатысты (қайшылықтар тақтасындағы топтарды қараңыз).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>{path} жолында файл жоқ.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a summit file.</source>
        <translation>{path} — қалта, саммит файлы емес.</translation>
    </message>
    <message>
        <source>{name} is not a regular file, so it is not a summit file.</source>
        <translation>{name} кәдімгі файл емес, сондықтан саммит файлы емес.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {strerror}.</source>
        <translation>{name} оқу мүмкін емес: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is empty, so it is not a summit file.</source>
        <translation>{name} бос, сондықтан саммит файлы емес.</translation>
    </message>
    <message>
        <source>{name} is a spreadsheet or another ZIP archive, not a summit file; use Import to read agenda issues from a spreadsheet.</source>
        <translation>{name} — электрондық кесте немесе басқа ZIP мұрағаты, саммит файлы емес; кестеден күн тәртібі мәселелерін оқу үшін импортты қолданыңыз.</translation>
    </message>
    <message>
        <source>{name} is not a summit file.</source>
        <translation>{name} — саммит файлы емес.</translation>
    </message>
    <message>
        <source>{name} is a database of another application, not a summit file.</source>
        <translation>{name} — басқа қолданбаның дерекқоры, саммит файлы емес.</translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of Summit Planner (file format {user_version}, this version reads up to {supported}); install the newer version to open it.</source>
        <translation>{name} Summit Planner-дің жаңарақ нұсқасымен сақталған (файл пішімі {user_version}, бұл нұсқа {supported} дейін оқиды); оны ашу үшін жаңа нұсқаны орнатыңыз.</translation>
    </message>
    <message>
        <source>{name} is incomplete: it was never fully created.</source>
        <translation>{name} толық емес: ол ешқашан толық жасалмаған.</translation>
    </message>
    <message>
        <source>{name} was left as it is: {journal} beside it {problem}, not a journal of unfinished changes; remove it and try again.</source>
        <translation>{name} өзгеріссіз қалды: оның жанындағы {journal} {problem}, аяқталмаған өзгерістер журналы емес; оны жойып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason}); it was left as it is. Open a backup instead.</source>
        <translation>{name} бүлінген ({reason}); ол өзгеріссіз қалды. Оның орнына сақтық көшірмесін ашыңыз.</translation>
    </message>
    <message>
        <source>{name} uses an older file format and must be upgraded before it can be opened read-only.</source>
        <translation>{name} ескі файл пішімін қолданады, оны тек оқу үшін ашпас бұрын жаңарту керек.</translation>
    </message>
    <message>
        <source>{name} was not opened: its backup could not be written to {backup_dir} ({error}).</source>
        <translation>{name} ашылмады: оның сақтық көшірмесін {backup_dir} ішіне жазу мүмкін болмады ({error}).</translation>
    </message>
    <message>
        <source>{name} already exists; choose another name.</source>
        <translation>{name} бұрыннан бар; басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be written to {parent}: {strerror}.</source>
        <translation>Тазартылған көшірмені {parent} ішіне жазу мүмкін болмады: {strerror}.</translation>
    </message>
    <message>
        <source>{name} could not be cleaned ({error}).</source>
        <translation>{name} тазарту мүмкін болмады ({error}).</translation>
    </message>
    <message>
        <source>{name} could not be cleaned ({problem}).</source>
        <translation>{name} тазарту мүмкін болмады ({problem}).</translation>
    </message>
    <message>
        <source>the copy could not be cleaned: its problems did not come to an end</source>
        <translation>көшірмені тазарту мүмкін болмады: оның ақаулары таусылмады</translation>
    </message>
    <message>
        <source>it holds no summit description, so no copy can be made</source>
        <translation>онда саммит сипаттамасы жоқ, сондықтан көшірме жасау мүмкін емес</translation>
    </message>
    <message>
        <source>its summit description cannot be mended ({where})</source>
        <translation>оның саммит сипаттамасын түзету мүмкін емес ({where})</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>{parent} қалтасы жоқ.</translation>
    </message>
    <message>
        <source>{name} could not be created: {write_failure}.</source>
        <translation>{name} жасау мүмкін болмады: {write_failure}.</translation>
    </message>
    <message>
        <source>{path} {problem}, not a summit file; choose another name.</source>
        <translation>{path} {problem}, саммит файлы емес; басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>The copy could not be written: {write_failure}.</source>
        <translation>Көшірмені жазу мүмкін болмады: {write_failure}.</translation>
    </message>
    <message>
        <source>The copy could not be written to {parent}: {write_failure}.</source>
        <translation>Көшірмені {parent} ішіне жазу мүмкін болмады: {write_failure}.</translation>
    </message>
    <message>
        <source>Upgrading to file format {version} ({description}) left {count} broken references.</source>
        <translation>{version} файл пішіміне жаңарту ({description}) {count} бұзылған сілтеме қалдырды.</translation>
    </message>
    <message>
        <source>{name} could not be upgraded to the current file format ({write_failure}); it was left as it was, and a copy is in {backup}.</source>
        <translation>{name} файлын ағымдағы пішімге жаңарту мүмкін болмады ({write_failure}); файл бұрынғыдай қалды, ал оның көшірмесі {backup} ішінде.</translation>
    </message>
    <message>
        <source>{name} could not be upgraded to the current file format ({write_failure}); it was left as it was.</source>
        <translation>{name} файлын ағымдағы пішімге жаңарту мүмкін болмады ({write_failure}); файл бұрынғыдай қалды.</translation>
    </message>
    <message>
        <source>{name} was left unfinished by a crash and could not be recovered ({reason}); it was left as it is. Open a backup instead.</source>
        <translation>{name} апаттан кейін аяқталмай қалды және оны қалпына келтіру мүмкін емес ({reason}); ол өзгеріссіз қалды. Оның орнына сақтық көшірмесін ашыңыз.</translation>
    </message>
    <message>
        <source>{name} was left unfinished by a crash, and its recovered state could not be written back ({error}); it was left as it is.</source>
        <translation>{name} апаттан кейін аяқталмай қалды, ал оның қалпына келтірілген күйін кері жазу мүмкін болмады ({error}); ол өзгеріссіз қалды.</translation>
    </message>
    <message>
        <source>{name} is a symbolic link that leads round in a loop; open the file itself.</source>
        <translation>{name} — шеңбер бойымен сілтейтін символдық сілтеме; файлдың өзін ашыңыз.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск толы</translation>
    </message>
    <message>
        <source>the file grew larger than this system allows</source>
        <translation>файл осы жүйеде рұқсат етілген көлемнен асып кетті</translation>
    </message>
    <message>
        <source>Delegations: %1</source>
        <translation>Делегациялар: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Түрі: %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Деңгейі: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Мәртебесі: %1</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Күн тәртібі:</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>&amp;N беттің &amp;P-беті</translation>
    </message>
    <message>
        <source>Summit Planner</source>
        <translation>Summit Planner</translation>
    </message>
    <message>
        <source>positions, talking points, red lines and fallbacks; financing requests; the agenda issues list; conflicts; meeting notes; and the meetings other delegations hold alone</source>
        <translation>ұстанымдар, тезистер, қызыл сызықтар және балама ұстанымдар; қаржыландыруға өтінімдер; күн тәртібі мәселелерінің тізімі; қайшылықтар; кездесу жазбалары; басқа делегациялар өзара өткізетін кездесулер</translation>
    </message>
    <message>
        <source>Nobody in this summit is called “{query}”; give a person&apos;s name or id as the Delegations section lists them.</source>
        <translation>Бұл саммитте «{query}» деген адам жоқ; адамның аты-жөнін немесе нөмірін «Делегациялар» бөліміндегідей көрсетіңіз.</translation>
    </message>
    <message>
        <source>“{query}” fits {count} people ({names}…); give a full name or id.</source>
        <translation>«{query}» сұрауына {count} адам сәйкес келеді ({names}…); толық аты-жөнін немесе нөмірін көрсетіңіз.</translation>
    </message>
    <message>
        <source>{day} is not a day of this summit (it runs from {first} to {last}); choose one of its days.</source>
        <translation>{day} — бұл саммиттің күні емес (ол {first} – {last} аралығында өтеді); оның күндерінің бірін таңдаңыз.</translation>
    </message>
    <message>
        <source>(%1 at home)</source>
        <translation>(елордада %1)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ескертпе: %1</translation>
    </message>
    <message>
        <source>Room to be announced</source>
        <translation>Зал кейін хабарланады</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <comment>(and %n more)</comment>
        <translation>
            <numerusform>(және тағы %n)</numerusform>
            <numerusform>(және тағы %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· and %n more</source>
        <comment>· and %n more</comment>
        <translation>
            <numerusform>· және тағы %n</numerusform>
            <numerusform>· және тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Times in %1 time (%2)</source>
        <translation>Жергілікті уақыт: %1 (%2)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Кездесу</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Кіммен</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Күн тәртібі</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Бағдарлама: %1</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(жалғасы)</translation>
    </message>
    <message>
        <source>No meetings on this day.</source>
        <translation>Бұл күні кездесу жоқ.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>The export was cancelled; the earlier file was left as it was.</source>
        <translation>Экспорттау тоқтатылды; бұрынғы файл өзгеріссіз қалды.</translation>
    </message>
    <message>
        <source>schedule and briefing</source>
        <translation>кесте және анықтамалық материалдар</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>бағдарлама</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>қолданылуы: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позициялық аргументтер</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметрлер</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>осы анықтаманы көрсетіп, шығу</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>бағдарлама нұсқасының нөмірін көрсетіп, шығу</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: қате: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>мына міндетті аргументтер берілмеген: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>танылмаған аргументтер: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>жарамсыз нұсқа: %(value)r (мыналардан таңдаңыз: %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s аргументі: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>бір аргумент күтіледі</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>жарамсыз %(type)s мәні: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>бір мәнді емес параметр: %(option)s мыналарға сәйкес келуі мүмкін: %(matches)s</translation>
    </message>
    <message>
        <source>The title is empty; the row was skipped.</source>
        <translation>Атауы бос; жол өткізілді.</translation>
    </message>
    <message>
        <source>Row {row} repeats row {earlier}; the later row is imported.</source>
        <translation>{row}-жол {earlier}-жолды қайталайды; кейінгі жол импортталады.</translation>
    </message>
    <message>
        <source>“{value}” is not a known {field}; {default} was taken.</source>
        <translation>«{value}» — белгісіз {field}; {default} алынды.</translation>
    </message>
    <message>
        <source>“{lead}” is not a delegation of this summit; no lead was set.</source>
        <translation>«{lead}» — бұл саммиттің делегациясы емес; жетекші белгіленбеді.</translation>
    </message>
    <message>
        <source>“{due}” is not a date (use 16.06.2025 or 2025-06-16); no due date was set.</source>
        <translation>«{due}» — күн емес (16.06.2025 немесе 2025-06-16 түрін қолданыңыз); мерзім белгіленбеді.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of {source} has no header row naming at least two of {fields} in its first 30 rows.</source>
        <translation>{source} файлының «{sheet}» парағының алғашқы 30 жолында {fields} өрістерінің кемінде екеуін атайтын тақырып жолы жоқ.</translation>
    </message>
    <message>
        <source>No column of sheet “{sheet}” is the issue&apos;s title; map one with --map &quot;HEADER=title&quot; (or in the import window).</source>
        <translation>«{sheet}» парағының бірде-бір бағаны мәселе атауы емес; оны --map &quot;HEADER=title&quot; арқылы (немесе импорт терезесінде) сәйкестендіріңіз.</translation>
    </message>
    <message>
        <source>Sheet “{name}” of {source} has no header row naming at least two of {fields} in its first 30 rows.</source>
        <translation>{source} файлының «{name}» парағының алғашқы 30 жолында {fields} өрістерінің кемінде екеуін атайтын тақырып жолы жоқ.</translation>
    </message>
    <message>
        <source>Sheet “{name}” has no column for the meeting&apos;s {fields}; map one with --map &quot;HEADER=field&quot; (or in the import window).</source>
        <translation>«{name}» парағында кездесудің мына деректеріне баған жоқ: {fields}; бағанды --map &quot;HEADER=field&quot; арқылы (немесе импорт терезесінде) сәйкестендіріңіз.</translation>
    </message>
    <message>
        <source>There is no room called “{room}”; none was set.</source>
        <translation>«{room}» деген зал жоқ; зал белгіленбеді.</translation>
    </message>
    <message>
        <source>{source} holds no sheet to import from; save it again from Excel.</source>
        <translation>{source} ішінде импорттайтын парақ жоқ; оны Excel-ден қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>{source} has no sheet called “{wanted}”; its sheets are {names}.</source>
        <translation>{source} ішінде «{wanted}» деген парақ жоқ; оның парақтары: {names}.</translation>
    </message>
    <message>
        <source>There is no {kind} {id}.</source>
        <translation>{kind} {id} жоқ.</translation>
    </message>
    <message>
        <source>“{language}” is not one of ru, zh, kk.</source>
        <translation>«{language}» — ru, zh, kk тілдерінің бірі емес.</translation>
    </message>
    <message>
        <source>There is already a {kind} called “{name}”.</source>
        <translation>«{name}» деген {kind} бұрыннан бар.</translation>
    </message>
    <message>
        <source>This person is no longer in the summit.</source>
        <translation>Бұл адам енді саммитте жоқ.</translation>
    </message>
    <message>
        <source>would move</source>
        <translation>ауыстырылады</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>ауыстырылды</translation>
    </message>
    <message numerus="yes">
        <source>{n} meeting placed; {verb} {m}.</source>
        <comment>{n} meetings placed; {verb} {m}.</comment>
        <translation>
            <numerusform>{n} кездесу орналастырылды; {verb}: {m}.</numerusform>
            <numerusform>{n} кездесу орналастырылды; {verb}: {m}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} error left ({before} before).</source>
        <comment>{n} errors left ({before} before).</comment>
        <translation>
            <numerusform>{n} қате қалды (бұрын {before} еді).</numerusform>
            <numerusform>{n} қате қалды (бұрын {before} еді).</numerusform>
        </translation>
    </message>
    <message>
        <source>{meeting}: its own limits ({limits}) leave no start within the summit&apos;s days and working hours; widen them.</source>
        <translation>{meeting}: кездесудің өз шектеулері ({limits}) саммит күндері мен жұмыс сағаттарында басталу уақытын қалдырмайды; оларды кеңейтіңіз.</translation>
    </message>
    <message>
        <source> within its own limits ({limits}).</source>
        <translation> өз шектеулері шегінде ({limits}).</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>күні: {day}</translation>
    </message>
    <message>
        <source>from {time}</source>
        <translation>{time} бастап</translation>
    </message>
    <message>
        <source>starting by {time}</source>
        <translation>басталуы {time} кешікпей</translation>
    </message>
    <message>
        <source>{meeting} is longer than the working day; shorten it or extend the working hours.</source>
        <translation>{meeting} кездесуі жұмыс күнінен ұзақ; оны қысқартыңыз немесе жұмыс уақытын ұзартыңыз.</translation>
    </message>
    <message>
        <source>{meeting}: no room seats its {seats} required attendees; add a larger room.</source>
        <translation>{meeting}: бірде-бір зал оның {seats} міндетті қатысушысын сыйғыза алмайды; үлкенірек зал қосыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>{meeting}: {who} has no free {minutes} minutes in common with the others on {days}.</source>
        <comment>{meeting}: {who} have no free {minutes} minutes in common on {days}.</comment>
        <translation>
            <numerusform>{meeting}: {who} {days} күндері басқалармен ортақ бос {minutes} минуты жоқ.</numerusform>
            <numerusform>{meeting}: {who} {days} күндері ортақ бос {minutes} минуты жоқ.</numerusform>
        </translation>
    </message>
    <message>
        <source>; when they are free, no room seating {seats} is free.</source>
        <translation>; олар бос кезде {seats} орындық бос зал жоқ.</translation>
    </message>
    <message>
        <source>{meeting}: when everyone is free, no room seating {seats} is free on {days}.</source>
        <translation>{meeting}: барлығы бос кезде {days} күндері {seats} орындық бос зал жоқ.</translation>
    </message>
    <message>
        <source>It clashed: {conflict}</source>
        <translation>Қабаттасу болған: {conflict}</translation>
    </message>
    <message>
        <source>Requested; placed where everyone and a room are free.</source>
        <translation>Сұралған; барлығы мен зал бос уақытқа орналастырылды.</translation>
    </message>
    <message>
        <source>Moved to make room for a meeting that clashed.</source>
        <translation>Қабаттасқан кездесуге орын босату үшін ауыстырылды.</translation>
    </message>
    <message>
        <source>The schedule</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <source>A meeting to move no longer exists; run the scheduler again.</source>
        <translation>Ауыстырылатын кездесу енді жоқ; жоспарлағышты қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>Repair Schedule</source>
        <translation>Кестені түзету</translation>
    </message>
    <message>
        <source>Schedule All</source>
        <translation>Бүкіл кестені құру</translation>
    </message>
    <message>
        <source>Type a time of day, such as 14:30.</source>
        <translation>Тәулік уақытын енгізіңіз, мысалы 14:30.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day: type hours and minutes, such as 14:30.</source>
        <translation>«%1» — тәулік уақыты емес: сағат пен минутты енгізіңіз, мысалы 14:30.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day: hours go from 00 to 23.</source>
        <translation>«%1» — тәулік уақыты емес: сағат 00-ден 23-ке дейін.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day: minutes go from 00 to 59.</source>
        <translation>«%1» — тәулік уақыты емес: минут 00-ден 59-ға дейін.</translation>
    </message>
    <message numerus="yes">
        <source>Total of the %n request shown: %1</source>
        <comment>Total of the %n requests shown: %1</comment>
        <translation>
            <numerusform>Көрсетілген %n өтінімнің жиыны: %1</numerusform>
            <numerusform>Көрсетілген %n өтінімнің жиыны: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row checked…</source>
        <comment>%n rows checked…</comment>
        <translation>
            <numerusform>%n жол тексерілді…</numerusform>
            <numerusform>%n жол тексерілді…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row read…</source>
        <comment>%n rows read…</comment>
        <translation>
            <numerusform>%n жол оқылды…</numerusform>
            <numerusform>%n жол оқылды…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n sheet</source>
        <comment>%1: %n sheets</comment>
        <translation>
            <numerusform>%1: %n парақ</numerusform>
            <numerusform>%1: %n парақ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row</source>
        <comment>%n rows</comment>
        <translation>
            <numerusform>%n жол</numerusform>
            <numerusform>%n жол</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict</source>
        <comment>%n conflicts</comment>
        <translation>
            <numerusform>%n қайшылық</numerusform>
            <numerusform>%n қайшылық</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no delegation {wanted} in this summit (it has {known}).</source>
        <translation>Бұл саммитте {wanted} делегациясы жоқ (барлары: {known}).</translation>
    </message>
    <message>
        <source>{path} {problem}, not a file; choose another name to export to.</source>
        <translation>{path} {problem}, файл емес; экспорт үшін басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} is a summit file (or another database), which an export never replaces; choose another name to export to.</source>
        <translation>{path} — саммит файлы (немесе басқа дерекқор), экспорт оны ешқашан алмастырмайды; экспорт үшін басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} could not be written: {write_failure}.</source>
        <translation>{path} жазу мүмкін болмады: {write_failure}.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорттау тоқтатылды; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Sheet “{name}” of {source} has values in more than {max_columns} columns (as far as column {column_letter} in row {number}); at most {max_columns} columns can be imported: copy the table to a file of its own without the other columns and import that.</source>
        <translation>{source} файлының «{name}» парағында мәндер {max_columns} бағаннан көп ({number}-жолдағы {column_letter} бағанына дейін); ең көбі {max_columns} бағанды импорттауға болады: кестені басқа бағандарсыз жеке файлға көшіріп, соны импорттаңыз.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a workbook ({error_kind}); open it in Excel or LibreOffice, save it again, and import that.</source>
        <translation>{name} кітап ретінде оқылмайды ({error_kind}); оны Excel немесе LibreOffice-те ашып, қайта сақтап, импорттаңыз.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete (it may not have finished downloading); ask for it again.</source>
        <translation>{name} бүлінген немесе толық емес (жүктеліп бітпеген болуы мүмкін); оны қайта сұратыңыз.</translation>
    </message>
    <message>
        <source>Sheet “{name}” of {source} has no header row with an issue code column and at least one delegation column in its first 30 rows.</source>
        <translation>{source} файлының «{name}» парағының алғашқы 30 жолында мәселе коды бағаны және кемінде бір делегация бағаны бар тақырып жолы жоқ.</translation>
    </message>
    <message>
        <source>{name} is {kind}; choose a spreadsheet or CSV file to import.</source>
        <translation>{name} — {kind}; импорттау үшін кестені немесе CSV файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>{name} is empty; there is nothing to import.</source>
        <translation>{name} бос; импорттайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>{name} is larger than 100 MB; split it into smaller files.</source>
        <translation>{name} 100 МБ-тан үлкен; оны кішірек файлдарға бөліңіз.</translation>
    </message>
    <message>
        <source>{name} is an old Excel 97–2003 workbook or a password-protected one; open it in Excel or LibreOffice, save it as .xlsx without a password, and import that.</source>
        <translation>{name} — ескі Excel 97–2003 кітабы немесе құпиясөзбен қорғалған кітап; оны Excel немесе LibreOffice-те ашып, құпиясөзсіз .xlsx ретінде сақтап, импорттаңыз.</translation>
    </message>
    <message>
        <source>{name} holds XML that is not well formed ({error}); save it again from Excel.</source>
        <translation>{name} ішінде дұрыс емес XML бар ({error}); оны Excel-ден қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet or a text table.</source>
        <translation>{name} — кесте де, мәтіндік кесте де емес.</translation>
    </message>
    <message>
        <source>Line {number} of {name} is longer than {max_line} characters, which no row of a table is; the file was not imported.</source>
        <translation>{name} файлының {number}-жолы {max_line} таңбадан ұзын, кесте жолы ондай болмайды; файл импортталмады.</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV table ({error}).</source>
        <translation>{name} — оқылмайтын CSV кестесі ({error}).</translation>
    </message>
    <message>
        <source>{name} has no rows to import.</source>
        <translation>{name} ішінде импорттайтын жол жоқ.</translation>
    </message>
    <message>
        <source>The safe XML reader (defusedxml) is missing, so spreadsheets cannot be imported; reinstall Summit Planner.</source>
        <translation>Қауіпсіз XML оқу құралы (defusedxml) жоқ, сондықтан кестелерді импорттау мүмкін емес; Summit Planner-ді қайта орнатыңыз.</translation>
    </message>
    <message>
        <source>{name} holds {count} parts; it is not a normal workbook.</source>
        <translation>{name} ішінде {count} бөлік бар; бұл кәдімгі кітап емес.</translation>
    </message>
    <message>
        <source>{name} contains a part that would unpack to {file_size} bytes from almost nothing (a zip bomb); it was not opened.</source>
        <translation>{name} ішінде түк жоқтан {file_size} байтқа дейін ашылатын бөлік бар (zip-бомба); файл ашылмады.</translation>
    </message>
    <message>
        <source>{name} would unpack to more than 400 MB; it was not opened.</source>
        <translation>{name} ашылғанда 400 МБ-тан асады; файл ашылмады.</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive but neither an Excel workbook (.xlsx) nor a LibreOffice spreadsheet (.ods).</source>
        <translation>{name} — ZIP мұрағаты, бірақ Excel кітабы (.xlsx) да, LibreOffice кестесі (.ods) да емес.</translation>
    </message>
    <message>
        <source>{name} lists more than {max_styles} styles ({part}), more than Excel allows; it was not opened: copy its table into a new workbook and import that.</source>
        <translation>{name} ішінде {max_styles} стильден көп ({part}), бұл Excel рұқсат ететіннен көп; файл ашылмады: кестені жаңа кітапқа көшіріп, соны импорттаңыз.</translation>
    </message>
    <message>
        <source>{name} holds more than {max_shared_strings} texts or {max_shared_characters} characters of text, more than any list to import; it was not opened: split it into smaller files.</source>
        <translation>{name} ішінде {max_shared_strings} мәтіннен немесе {max_shared_characters} таңбадан көп, бұл импортталатын кез келген тізімнен көп; файл ашылмады: оны кішірек файлдарға бөліңіз.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting</source>
        <comment>%1: %n meetings</comment>
        <translation>
            <numerusform>%1: %n кездесу</numerusform>
            <numerusform>%1: %n кездесу</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>Ке&amp;сте</translation>
    </message>
    <message>
        <source>Schedule &amp;All…</source>
        <translation>&amp;Бүкіл кестені құру…</translation>
    </message>
    <message>
        <source>&amp;Repair…</source>
        <translation>&amp;Түзету…</translation>
    </message>
    <message>
        <source>Not shown: your role has no access to confidential fields</source>
        <translation>Көрсетілмеген: сіздің рөліңізде құпия өрістерге рұқсат жоқ</translation>
    </message>
    <message>
        <source>{problem}; it was left as it is.</source>
        <translation>{problem}; файл өзгеріссіз қалды.</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <source>the table “{name}”</source>
        <translation>«{name}» кестесі</translation>
    </message>
    <message>
        <source>the index “{name}”</source>
        <translation>«{name}» индексі</translation>
    </message>
    <message>
        <source>the trigger “{name}”</source>
        <translation>«{name}» триггері</translation>
    </message>
    <message>
        <source>the view “{name}”</source>
        <translation>«{name}» көрінісі</translation>
    </message>
    <message>
        <source>the {kind} “{name}”</source>
        <translation>«{name}» нысаны ({kind})</translation>
    </message>
    <message>
        <source>{file} is not complete: {object} is missing</source>
        <translation>{file} толық емес: {object} жоқ</translation>
    </message>
    <message>
        <source>{file} has {object} defined differently from a summit file</source>
        <translation>{file} ішінде {object} саммит файлындағыдан басқаша анықталған</translation>
    </message>
    <message>
        <source>{file} holds {object}, which is not part of a summit file and could change or hide its data</source>
        <translation>{file} ішінде {object} бар, ол саммит файлына жатпайды және оның деректерін өзгертуі не жасыруы мүмкін</translation>
    </message>
    <message>
        <source>{file} holds {object}, which is not part of a summit file</source>
        <translation>{file} ішінде {object} бар, ол саммит файлына жатпайды</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not 0 or 1</source>
        <translation>{file} ішінде {table} кестесінің {row}-жолында, {column} бағанында «{value}» жазылған: бұл 0 не 1 емес</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not a whole number</source>
        <translation>{file} ішінде {table} кестесінің {row}-жолында, {column} бағанында «{value}» жазылған: бұл бүтін сан емес</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not a time such as 2025-06-16T04:00:00Z</source>
        <translation>{file} ішінде {table} кестесінің {row}-жолында, {column} бағанында «{value}» жазылған: бұл 2025-06-16T04:00:00Z түріндегі уақыт емес</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not a decimal number below 10^15</source>
        <translation>{file} ішінде {table} кестесінің {row}-жолында, {column} бағанында «{value}» жазылған: бұл 10^15-тен кіші ондық сан емес</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not a date such as 2025-06-16</source>
        <translation>{file} ішінде {table} кестесінің {row}-жолында, {column} бағанында «{value}» жазылған: бұл 2025-06-16 түріндегі күн емес</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not a time of day such as 08:00:00</source>
        <translation>{file} ішінде {table} кестесінің {row}-жолында, {column} бағанында «{value}» жазылған: бұл 08:00:00 түріндегі тәулік уақыты емес</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not text</source>
        <translation>{file} ішінде {table} кестесінің {row}-жолында, {column} бағанында «{value}» жазылған: бұл мәтін емес</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not one of the words {words}</source>
        <translation>{file} ішінде {table} кестесінің {row}-жолында, {column} бағанында «{value}» жазылған: бұл {words} сөздерінің бірі емес</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is empty</source>
        <translation>{file} ішінде {table} кестесінің {row}-жолында, {column} бағанында «{value}» жазылған: мән бос</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not a colour such as #1F77B4</source>
        <translation>{file} ішінде {table} кестесінің {row}-жолында, {column} бағанында «{value}» жазылған: бұл #1F77B4 түріндегі түс емес</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not a currency code such as USD</source>
        <translation>{file} ішінде {table} кестесінің {row}-жолында, {column} бағанында «{value}» жазылған: бұл USD түріндегі валюта коды емес</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which breaks the rule {rule}</source>
        <translation>{file} ішінде {table} кестесінің {row}-жолында, {column} бағанында «{value}» жазылған: бұл {rule} ережесін бұзады</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which makes the summit longer than {days} days</source>
        <translation>{file} ішінде {table} кестесінің {row}-жолында, {column} бағанында «{value}» жазылған: осыдан саммит {days} күннен ұзаққа созылады</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which makes the meeting longer than 24 hours</source>
        <translation>{file} ішінде {table} кестесінің {row}-жолында, {column} бағанында «{value}» жазылған: осыдан кездесу 24 сағаттан ұзаққа созылады</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which refers to no row of the table {parent}</source>
        <translation>{file} ішінде {table} кестесінің {row}-жолында, {column} бағанында «{value}» жазылған: бұл {parent} кестесінде жоқ жолға сілтеме</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not a time zone</source>
        <translation>{file} ішінде {table} кестесінің {row}-жолында, {column} бағанында «{value}» жазылған: бұл уақыт белдеуі емес</translation>
    </message>
    <message>
        <source>{file} holds nothing (NULL) in row {row} of the table {table}, column {column}, which is required</source>
        <translation>{file} ішінде {table} кестесінің {row}-жолында {column} бағанында мән жоқ (NULL), ал ол міндетті</translation>
    </message>
    <message>
        <source>{file} holds no summit description (table {table})</source>
        <translation>{file} ішінде саммит сипаттамасы жоқ ({table} кестесі)</translation>
    </message>
    <message>
        <source>{file} holds {count} summit descriptions (table {table})</source>
        <translation>{file} ішінде саммит сипаттамасы: {count} ({table} кестесі), ал біреу болуы керек</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {out} (a programme of %n meeting)</source>
        <comment>Wrote {out} (a programme of %n meetings)</comment>
        <translation>
            <numerusform>{out} жазылды (бағдарламада %n кездесу)</numerusform>
            <numerusform>{out} жазылды (бағдарламада %n кездесу)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {out}</source>
        <translation>{out} жазылды</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {out} (%n event)</source>
        <comment>Wrote {out} (%n events)</comment>
        <translation>
            <numerusform>{out} жазылды (%n оқиға)</numerusform>
            <numerusform>{out} жазылды (%n оқиға)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Issue</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Type a code or words of the title…</source>
        <translation>Кодты немесе атаудағы сөздерді енгізіңіз…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>%1 of %2 minutes allotted</source>
        <translation>%2 минуттың %1 минуты бөлінді</translation>
    </message>
    <message>
        <source>More minutes are allotted than the meeting lasts.</source>
        <translation>Кездесу ұзақтығынан көп минут бөлінген.</translation>
    </message>
</context>
<context>
    <name>AutoScheduleDialog</name>
    <message>
        <source>Repair Schedule</source>
        <translation>Кестені түзету</translation>
    </message>
    <message>
        <source>Schedule All</source>
        <translation>Бүкіл кестені құру</translation>
    </message>
    <message>
        <source>Remove every error, moving as few meetings as possible. Pinned and held meetings never move.</source>
        <translation>Барлық қатені мүмкіндігінше аз кездесуді ауыстыра отырып жою. Бекітілген және өткен кездесулер ауыстырылмайды.</translation>
    </message>
    <message>
        <source>Place every requested meeting where its delegations, people and a room are free. Other meetings stay where they are.</source>
        <translation>Әр сұралған кездесуді оның делегациялары, адамдары және залы бос жерге орналастыру. Басқа кездесулер орнында қалады.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Search for at most</source>
        <translation>Ең ұзақ іздеу уақыты</translation>
    </message>
    <message>
        <source>Confirmed meetings may move too</source>
        <translation>Расталған кездесулерді де ауыстыруға болады</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Бастау</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Тоқтату</translation>
    </message>
    <message>
        <source>Stop searching and keep the best schedule found</source>
        <translation>Іздеуді тоқтатып, табылған ең жақсы кестені сақтау</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Кездесу</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Неге</translation>
    </message>
    <message>
        <source>&amp;Apply Checked Moves</source>
        <translation>Белгіленген ауыстыруларды &amp;қолдану</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Іздеу…</translation>
    </message>
    <message>
        <source>Stopping; keeping the best schedule found…</source>
        <translation>Тоқтатылуда; табылған ең жақсы кесте сақталады…</translation>
    </message>
    <message>
        <source>Best so far: %1 placed, %2 moved. </source>
        <translation>Ең жақсы нәтиже: орналастырылды %1, ауыстырылды %2. </translation>
    </message>
    <message>
        <source>%1 s left.</source>
        <translation>%1 с қалды.</translation>
    </message>
    <message>
        <source>The search could not be finished; nothing was changed.</source>
        <translation>Іздеуді аяқтау мүмкін болмады; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>%1 meetings placed, %2 to move; errors: %3 before, %4 after.</source>
        <translation>Орналастырылған кездесулер: %1, ауыстырылатындар: %2; қателер: бұрын %3, кейін %4.</translation>
    </message>
    <message>
        <source>Not placed:</source>
        <translation>Орналастырылмағандар:</translation>
    </message>
    <message>
        <source>Cannot Move the Meetings</source>
        <translation>Кездесулерді ауыстыру мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose a Colour</source>
        <translation>Түсті таңдаңыз</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>No conflicts.</source>
        <translation>Қайшылық жоқ.</translation>
    </message>
    <message>
        <source>No summit is open: its conflicts will be listed here.</source>
        <translation>Саммит ашылмаған: оның қайшылықтары осында тізіледі.</translation>
    </message>
    <message>
        <source>Checking for conflicts…</source>
        <translation>Қайшылықтар тексерілуде…</translation>
    </message>
</context>
<context>
    <name>DelegationsSection</name>
    <message>
        <source>Delegations</source>
        <translation>Делегациялар</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Залдар</translation>
    </message>
    <message>
        <source>People of all delegations</source>
        <translation>Барлық делегациялардың адамдары</translation>
    </message>
    <message>
        <source>People of %1</source>
        <translation>%1 адамдары</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>ISO 3166 code, e.g. KZ</source>
        <translation>ISO 3166 коды, мысалы KZ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Делегация басшысы</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Түсі</translation>
    </message>
    <message>
        <source>Protocol precedence</source>
        <translation>Протоколдық реттілік</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>Елордасының уақыт белдеуі</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a person&apos;s</comment>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Лауазым деңгейі</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>a person&apos;s post</comment>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Ғимарат</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Орын саны</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Жаңа: %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Қосу: %1</translation>
    </message>
    <message>
        <source>Cannot Edit</source>
        <translation>Өзгерту мүмкін емес</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Өзгерту: %1</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Жою мүмкін емес</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 жою керек пе?</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Бұл әрекетті болдырмауға болады.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 жою</translation>
    </message>
</context>
<context>
    <name>EnvelopeBars</name>
    <message>
        <source>%1 (%2): announced %3</source>
        <translation>%1 (%2): жарияланды %3</translation>
    </message>
    <message>
        <source>requested %1 · approved %2 · signed %3 · left %4</source>
        <translation>сұралды %1 · мақұлданды %2 · қол қойылды %3 · қалдық %4</translation>
    </message>
    <message>
        <source>Requests: %1</source>
        <translation>Өтінімдер: %1</translation>
    </message>
    <message>
        <source>⚠ Requests exceed the envelope by %1.</source>
        <translation>⚠ Өтінімдер пакеттен %1 асып кетті.</translation>
    </message>
    <message>
        <source>Not counted (no rate): %1</source>
        <translation>Есепке алынбады (бағам жоқ): %1</translation>
    </message>
    <message>
        <source>No envelope yet: a lender&apos;s announced total that requests draw on.</source>
        <translation>Қаржыландыру пакеттері әлі жоқ: бұл қарыз беруші жариялаған, өтінімдер есебінен берілетін жалпы сома.</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>қол қойылды %1</translation>
    </message>
    <message>
        <source>approved %1</source>
        <translation>мақұлданды %1</translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation>сұралды %1</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>қалдық %1</translation>
    </message>
    <message>
        <source>not counted (no rate): %1</source>
        <translation>есепке алынбады (бағам жоқ): %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Excel</source>
        <translation>Excel-ге экспорттау</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Күнтізбені экспорттау</translation>
    </message>
    <message>
        <source>Export Programme</source>
        <translation>Бағдарламаны экспорттау</translation>
    </message>
    <message>
        <source>The whole summit</source>
        <translation>Бүкіл саммит</translation>
    </message>
    <message>
        <source>Meetings of %1 — %2</source>
        <translation>%1 кездесулері — %2</translation>
    </message>
    <message>
        <source>Programme of %1 (%2)</source>
        <translation>%1 бағдарламасы (%2)</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Барлық күндер</translation>
    </message>
    <message>
        <source>Show the home capital&apos;s time too</source>
        <translation>Елорда уақытын да көрсету</translation>
    </message>
    <message>
        <source>Our own team (internal)</source>
        <translation>Өз командамыз (ішкі)</translation>
    </message>
    <message>
        <source>Someone outside the delegation (external)</source>
        <translation>Делегациядан тыс біреу (сыртқы)</translation>
    </message>
    <message>
        <source>An external file leaves out %1.</source>
        <translation>Сыртқы файлға мыналар кірмейді: %1.</translation>
    </message>
    <message>
        <source>Include the delegations&apos; positions</source>
        <translation>Делегациялардың ұстанымдарын қосу</translation>
    </message>
    <message>
        <source>Positions, talking points and red lines are sensitive: leave them out of files that go to other delegations or the host.</source>
        <translation>Ұстанымдар, тезистер және қызыл сызықтар — құпия мәліметтер: оларды басқа делегацияларға немесе қабылдаушы тарапқа жіберілетін файлдарға қоспаңыз.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>&amp;Meetings:</source>
        <translation>&amp;Кездесулер:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>К&amp;үн:</translation>
    </message>
    <message>
        <source>&amp;Who is this for?</source>
        <translation>Бұл файл кімге &amp;арналған?</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Былай сақтау:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттау</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>бағдарлама</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Күнтізбелер (*.ics)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Файлды қайда сақтайтынын таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 бұрыннан бар. Алмастыру керек пе?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Saved %1. &lt;a href=&apos;folder&apos;&gt;Open the folder&lt;/a&gt;</source>
        <translation>%1 сақталды. &lt;a href=&apos;folder&apos;&gt;Қалтаны ашу&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The export failed (%1); nothing was replaced.</source>
        <translation>Экспорттау сәтсіз аяқталды (%1); ештеңе алмастырылған жоқ.</translation>
    </message>
</context>
<context>
    <name>FinancingSection</name>
    <message>
        <source>Financing requests</source>
        <translation>Қаржыландыруға өтінімдер</translation>
    </message>
    <message>
        <source>New Request…</source>
        <translation>Жаңа өтінім…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Move the request along its workflow</source>
        <translation>Өтінімді кезеңдер бойынша ілгерілету</translation>
    </message>
    <message>
        <source>Exchange Rates…</source>
        <translation>Валюта бағамдары…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>%1 бойынша</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Өтінімдер</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Жиынтықтар</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Қаржыландыру пакеттері</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарихы</translation>
    </message>
    <message>
        <source>All borrowers</source>
        <translation>Барлық қарыз алушылар</translation>
    </message>
    <message>
        <source>All lenders</source>
        <translation>Барлық қарыз берушілер</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>All instruments</source>
        <translation>Барлық құралдар</translation>
    </message>
    <message>
        <source>No exchange rate for %1: left out of the totals and the chart. Add the rates under Exchange Rates.</source>
        <translation>%1 үшін бағам жоқ: жиынтықтар мен диаграммаға кірмейді. Бағамдарды «Валюта бағамдары» бөлімінде қосыңыз.</translation>
    </message>
    <message>
        <source> (+%1 without rate)</source>
        <translation> (+%1 бағамсыз)</translation>
    </message>
    <message>
        <source>Select one request to see when its status changed.</source>
        <translation>Мәртебесі қашан өзгергенін көру үшін бір өтінімді таңдаңыз.</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation>Қашан (%1)</translation>
    </message>
    <message>
        <source>No status change yet.</source>
        <translation>Мәртебе әлі өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>left empty: the next number</source>
        <translation>бос қалса — келесі нөмір</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Қарыз алушы</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>Қарыз беруші</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Құрал</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сала</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Agenda issue</source>
        <translation>Күн тәртібіндегі мәселе</translation>
    </message>
    <message>
        <source>Draws on envelope</source>
        <translation>Пакет есебінен</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>Көтерілген кездесулер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>New Financing Request</source>
        <translation>Қаржыландыруға жаңа өтінім</translation>
    </message>
    <message>
        <source>New Request</source>
        <translation>Жаңа өтінім</translation>
    </message>
    <message>
        <source>Cannot Edit</source>
        <translation>Өзгерту мүмкін емес</translation>
    </message>
    <message>
        <source>Edit Financing Request</source>
        <translation>Қаржыландыру өтінімін өзгерту</translation>
    </message>
    <message>
        <source>Edit Request %1</source>
        <translation>%1 өтінімін өзгерту</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 жою керек пе?</translation>
    </message>
    <message>
        <source>Its history goes with it. You can undo this.</source>
        <translation>Оның тарихы да бірге жойылады. Бұл әрекетті болдырмауға болады.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 жою</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Белгілеу: %1</translation>
    </message>
    <message>
        <source>Cannot Change the Status</source>
        <translation>Мәртебесін өзгерту мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>FindTimeDialog</name>
    <message>
        <source>Find a Time</source>
        <translation>Уақыт іздеу</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Any room large enough</source>
        <translation>Сыйымдылығы жеткілікті кез келген зал</translation>
    </message>
    <message>
        <source>No room needed</source>
        <translation>Зал қажет емес</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Schedule at This Time…</source>
        <translation>Осы уақытқа белгілеу…</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Ұзақтығы</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегациялар</translation>
    </message>
    <message>
        <source>People (optional)</source>
        <translation>Адамдар (міндетті емес)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earliest free times&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ең жақын бос уақыт&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose at least one delegation.</source>
        <translation>Кемінде бір делегацияны таңдаңыз.</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>залсыз</translation>
    </message>
    <message>
        <source>No free time in the summit&apos;s days: every slot clashes for someone, leaves too little transfer time, or no room is large enough. Try a shorter meeting, fewer people or another room.</source>
        <translation>Саммит күндерінде бос уақыт жоқ: әр аралық біреумен қабаттасады, жолға тым аз уақыт қалдырады немесе жеткілікті зал жоқ. Қысқарақ кездесуді, азырақ адамды немесе басқа залды байқап көріңіз.</translation>
    </message>
    <message>
        <source>Search, then choose one of the free times.</source>
        <translation>Іздеп, содан кейін бос уақыттың бірін таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Updating issues: %1 of %2</source>
        <translation>Мәселелер жаңартылуда: %2 ішінен %1</translation>
    </message>
    <message>
        <source>Adding issues: %1 of %2</source>
        <translation>Мәселелер қосылуда: %2 ішінен %1</translation>
    </message>
    <message>
        <source>Writing meetings: %1 of %2</source>
        <translation>Кездесулер жазылуда: %2 ішінен %1</translation>
    </message>
    <message>
        <source>Writing positions: %1 of %2</source>
        <translation>Ұстанымдар жазылуда: %2 ішінен %1</translation>
    </message>
    <message>
        <source>Import Agenda Issues</source>
        <translation>Күн тәртібі мәселелерін импорттау</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Келесі</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Choose the Excel or CSV file a colleague sent.</source>
        <translation>Әріптесіңіз жіберген Excel немесе CSV файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Файлды таңдау…</translation>
    </message>
    <message>
        <source>Agenda issues</source>
        <translation>Күн тәртібі мәселелері</translation>
    </message>
    <message>
        <source>Meetings (a programme)</source>
        <translation>Кездесулер (бағдарлама)</translation>
    </message>
    <message>
        <source>Positions (issues × delegations)</source>
        <translation>Ұстанымдар (мәселелер × делегациялар)</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>Файлдағы деректер</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Keep the other columns in the description</source>
        <translation>Қалған бағандарды сипаттамада сақтау</translation>
    </message>
    <message>
        <source>Which field is each column? Change any that is wrong.</source>
        <translation>Әр баған қай өріске сәйкес келеді? Қатесін түзетіңіз.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Не болады</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problems&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ақаулар&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Import Another File…</source>
        <translation>Басқа файлды импорттау…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Reading was stopped; nothing was changed.</source>
        <translation>Оқу тоқтатылды; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was changed.</source>
        <translation>Импорттау тоқтатылды; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The file could not be read (%1).</source>
        <translation>Файлды оқу мүмкін болмады (%1).</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 оқылуда…</translation>
    </message>
    <message>
        <source>issue code</source>
        <translation>мәселе коды</translation>
    </message>
    <message>
        <source>stances of %1</source>
        <translation>%1 ұстанымдары</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— импорттамау —</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Әр жол тексерілуде…</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Импорттау: %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Жетекші</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегациялар</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Ұстанымдар</translation>
    </message>
    <message>
        <source>a title row above the table</source>
        <translation>кестенің үстіндегі тақырып жолы</translation>
    </message>
    <message>
        <source>the column numbers under the header</source>
        <translation>тақырып астындағы баған нөмірлері</translation>
    </message>
    <message>
        <source>a footer below the table</source>
        <translation>кестенің астындағы қорытынды жол</translation>
    </message>
</context>
<context>
    <name>IssuesSection</name>
    <message>
        <source>Agenda issues</source>
        <translation>Күн тәртібі мәселелері</translation>
    </message>
    <message>
        <source>Search code, title, description, tags…</source>
        <translation>Код, атау, сипаттама, тегтер бойынша іздеу…</translation>
    </message>
    <message>
        <source>New Issue…</source>
        <translation>Жаңа мәселе…</translation>
    </message>
    <message>
        <source>Add to Meeting…</source>
        <translation>Кездесуге қосу…</translation>
    </message>
    <message>
        <source>Tracks…</source>
        <translation>Бағыттар…</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Барлық бағыттар</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Барлық басымдықтар</translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation>Кез келген жетекші</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>left empty: the track&apos;s next number</source>
        <translation>бос қалса — бағыттың келесі нөмірі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <source>Lead delegation</source>
        <translation>Жетекші делегация</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>үтір арқылы</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>New Issue</source>
        <translation>Жаңа мәселе</translation>
    </message>
    <message>
        <source>Cannot Edit</source>
        <translation>Өзгерту мүмкін емес</translation>
    </message>
    <message>
        <source>Edit Issue</source>
        <translation>Мәселені өзгерту</translation>
    </message>
    <message>
        <source>Edit Issue %1</source>
        <translation>%1 мәселесін өзгерту</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Жою мүмкін емес</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Бұл әрекетті болдырмауға болады.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 жою керек пе?</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 жою</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Кездесу</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <source>Add %1 to a Meeting</source>
        <translation>%1 кездесуге қосу</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Schedule</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Кездесулер</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Ұстанымдар</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Қаржыландыру</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегациялар</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <source>Cannot Create the Sample</source>
        <translation>Үлгіні жасау мүмкін болмады</translation>
    </message>
    <message>
        <source>New Summit</source>
        <translation>Жаңа саммит</translation>
    </message>
    <message>
        <source>New summit.summit</source>
        <translation>Жаңа саммит.summit</translation>
    </message>
    <message>
        <source>Cannot Create Summit</source>
        <translation>Саммитті жасау мүмкін болмады</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (көшірме)</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Көшірмесін басқаша сақтау</translation>
    </message>
    <message>
        <source>Cannot Save a Copy</source>
        <translation>Көшірмесін сақтау мүмкін болмады</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Көшірме %1 ретінде сақталды</translation>
    </message>
    <message>
        <source>Summit Planner</source>
        <translation>Summit Planner</translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation>Болдырмау мүмкін болмады</translation>
    </message>
    <message>
        <source>Loading the schedule…</source>
        <translation>Кесте жүктелуде…</translation>
    </message>
    <message>
        <source>Checking for conflicts…</source>
        <translation>Қайшылықтар тексерілуде…</translation>
    </message>
    <message>
        <source>Conflicts in the schedule: click to list them (Ctrl+Shift+K)</source>
        <translation>Кестедегі қайшылықтар: тізімін көру үшін шертіңіз (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Сақтық көшірме жасалды</translation>
    </message>
    <message>
        <source>The backup could not be written; see the log for why.</source>
        <translation>Сақтық көшірмені жазу мүмкін болмады; себебі журналда көрсетілген.</translation>
    </message>
    <message>
        <source> [Read-Only]</source>
        <translation> [тек оқу]</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only&lt;/b&gt;: open elsewhere</source>
        <translation>&lt;b&gt;Тек оқу&lt;/b&gt;: басқа жерде ашық</translation>
    </message>
    <message>
        <source>%1, %2 to %3, %4</source>
        <translation>%1, %2 – %3, %4</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsPane</name>
    <message>
        <source>Back to the Meeting</source>
        <translation>Кездесуге оралу</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Select a meeting to see when and where it is, who attends, its agenda, financing and conflicts. Choose a person&apos;s name to see their next meetings.</source>
        <translation>Кездесудің қашан және қайда өтетінін, кім қатысатынын, күн тәртібін, қаржыландыруын және қайшылықтарын көру үшін оны таңдаңыз. Адамның келесі кездесулерін көру үшін оның атын таңдаңыз.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>міндетті емес</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Next meetings of %1</source>
        <translation>%1 келесі кездесулері</translation>
    </message>
    <message>
        <source>From %1 on</source>
        <translation>%1 бастап</translation>
    </message>
    <message>
        <source>The whole summit</source>
        <translation>Бүкіл саммит</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Agenda</source>
        <translation>Күн тәртібі</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Қаржыландыру</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts this meeting would have&lt;/b&gt;</source>
        <translation>&lt;b&gt;Бұл кездесуде туындайтын қайшылықтар&lt;/b&gt;</translation>
    </message>
    <message>
        <source>e.g. KZ–CN bilateral on the railway</source>
        <translation>мысалы, темір жол бойынша KZ–CN екіжақты кездесуі</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>for</source>
        <translation>ұзақтығы</translation>
    </message>
    <message>
        <source>No room yet</source>
        <translation>Зал әлі жоқ</translation>
    </message>
    <message>
        <source>%1 (%2%3 seats)</source>
        <translation>%1 (%2%3 орын)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Delegations and attendees</source>
        <translation>Делегациялар мен қатысушылар</translation>
    </message>
    <message>
        <source>Attends</source>
        <translation>Қатысады</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Міндетті</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Қабылдаушы тарап</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 дейін</translation>
    </message>
    <message>
        <source>None: this meeting clashes with nothing.</source>
        <translation>Жоқ: бұл кездесу ешнәрсемен қабаттаспайды.</translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <source>Meetings</source>
        <translation>Кездесулер</translation>
    </message>
    <message>
        <source>New Meeting…</source>
        <translation>Жаңа кездесу…</translation>
    </message>
    <message>
        <source>Search delegation, person, room, issue…</source>
        <translation>Іздеу: делегация, адам, зал, мәселе…</translation>
    </message>
    <message>
        <source>Finds the meetings of a delegation (China or CN), a person, a room or building, or an issue (code or words of its title), in any case</source>
        <translation>Делегацияның (China немесе CN), адамның, залдың не ғимараттың немесе мәселенің (коды не атауындағы сөздер) кездесулерін кез келген регистрде табады</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Көшірмесін жасау</translation>
    </message>
    <message>
        <source>Duplicate the selected meeting (Ctrl+D)</source>
        <translation>Таңдалған кездесудің көшірмесін жасау (Ctrl+D)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Барлық күндер</translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation>Барлық делегациялар</translation>
    </message>
</context>
<context>
    <name>PositionPanel</name>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Save this position (one undoable step)</source>
        <translation>Бұл ұстанымды сақтау (бір қадаммен болдырмауға болады)</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Ұстаным</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Әңгімеге арналған тезистер</translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation>Қызыл сызықтар</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Балама ұстаным</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select one cell to edit its talking points, red lines and fallback.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Тезистерді, қызыл сызықтарды және балама ұстанымды өзгерту үшін бір ұяшықты таңдаңыз.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>PositionsSection</name>
    <message>
        <source>All issues</source>
        <translation>Барлық мәселелер</translation>
    </message>
    <message>
        <source>A meeting&apos;s brief</source>
        <translation>Кездесуге арналған анықтама</translation>
    </message>
    <message>
        <source>Disagreements with</source>
        <translation>Келіспеушіліктер:</translation>
    </message>
    <message>
        <source>Find issues…</source>
        <translation>Мәселелерді іздеу…</translation>
    </message>
    <message>
        <source>Keys: S support · C conditional · N neutral · O oppose · U unknown</source>
        <translation>Пернелер: S — қолдайды · C — шартпен · N — бейтарап · O — қарсы · U — белгісіз</translation>
    </message>
    <message>
        <source>%1 of %2 issues</source>
        <translation>%2 мәселенің %1</translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Set %1 Positions to %2</source>
        <translation>%1 ұстанымды %2 етіп белгілеу</translation>
    </message>
    <message>
        <source>Cannot Set the Positions</source>
        <translation>Ұстанымдарды белгілеу мүмкін болмады</translation>
    </message>
    <message>
        <source>Edit Position: %1</source>
        <translation>Ұстанымды өзгерту: %1</translation>
    </message>
    <message>
        <source>Cannot Save the Position</source>
        <translation>Ұстанымды сақтау мүмкін болмады</translation>
    </message>
    <message>
        <source>Set to %1</source>
        <translation>Белгілеу: %1</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Exchange Rates</source>
        <translation>Валюта бағамдары</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Бағамдар</translation>
    </message>
    <message>
        <source>How much one unit of each currency is worth in %1. Requests in a currency without a rate are left out of totals.</source>
        <translation>Әр валютаның бір бірлігі %1 бойынша қанша тұрады. Бағамы жоқ валютадағы өтінімдер жиынтықтарға кірмейді.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Бағам</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>New Rate</source>
        <translation>Жаңа бағам</translation>
    </message>
    <message>
        <source>Add Rate</source>
        <translation>Бағам қосу</translation>
    </message>
    <message>
        <source>Edit Rate</source>
        <translation>Бағамды өзгерту</translation>
    </message>
    <message>
        <source>Delete Rate</source>
        <translation>Бағамды жою</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Жою мүмкін емес</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Соңғылар</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Тізімді тазарту</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>RecordPane</name>
    <message>
        <source>Filter…</source>
        <translation>Сүзгі…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>«%1» бойынша ештеңе табылмады.</translation>
    </message>
    <message>
        <source>Nothing matches the filters.</source>
        <translation>Сүзгілерге сәйкес ештеңе жоқ.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>Backups are taken when a summit is opened and every ten minutes while it changes. A backup is restored to a new file; the open summit is not touched.</source>
        <translation>Сақтық көшірмелер саммит ашылғанда және ол өзгеріп жатқанда әр он минут сайын жасалады. Көшірме жаңа файлға қалпына келтіріледі; ашық саммитке әсер етпейді.</translation>
    </message>
    <message>
        <source>Show the backups of every summit</source>
        <translation>Барлық саммиттердің сақтық көшірмелерін көрсету</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Саммит</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Кездесулер</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Ұстанымдар</translation>
    </message>
    <message>
        <source>Restore As…</source>
        <translation>Былай қалпына келтіру…</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(оқылмайды)</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Сақтық көшірмелер әлі жоқ.</translation>
    </message>
</context>
<context>
    <name>RoomChoices</name>
    <message>
        <source>Room in the file</source>
        <translation>Файлдағы зал</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Былай импорттау</translation>
    </message>
    <message>
        <source>a new room</source>
        <translation>жаңа зал</translation>
    </message>
</context>
<context>
    <name>ScheduleLegend</name>
    <message>
        <source>%1 (dashed border)</source>
        <translation>%1 (үзік жиек)</translation>
    </message>
    <message>
        <source>%1 (hatched)</source>
        <translation>%1 (штрихталған)</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Қайшылық</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Would clash (while dragging)</source>
        <translation>Қабаттасу болады (сүйреу кезінде)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <source>A block&apos;s colour is its host delegation&apos;s; the fill says how far it is agreed. A red border and ! mark a conflict, an orange one a warning.</source>
        <translation>Блоктың түсі — қабылдаушы делегацияның түсі; бояуы келісілу дәрежесін көрсетеді. Қызыл жиек пен ! — қайшылық, қызғылт сары жиек — ескерту.</translation>
    </message>
</context>
<context>
    <name>ScheduleSection</name>
    <message>
        <source>Previous day (Ctrl+PgUp)</source>
        <translation>Алдыңғы күн (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next day (Ctrl+PgDown)</source>
        <translation>Келесі күн (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Залдар</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегациялар</translation>
    </message>
    <message>
        <source>One column per room or per delegation</source>
        <translation>Әр залға немесе делегацияға бір баған</translation>
    </message>
    <message>
        <source>Zoom: the height of one slot</source>
        <translation>Масштаб: бір аралықтың биіктігі</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Өтпейтіндер</translation>
    </message>
    <message>
        <source>Show cancelled meetings</source>
        <translation>Болдырылмаған кездесулерді көрсету</translation>
    </message>
    <message>
        <source>Home time</source>
        <translation>Елорда уақыты</translation>
    </message>
    <message>
        <source>Find a Time…</source>
        <translation>Уақыт табу…</translation>
    </message>
    <message>
        <source>Show only the meetings of one delegation</source>
        <translation>Тек бір делегацияның кездесулерін көрсету</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Шартты белгілер</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Zoom, cancelled meetings, the home capital&apos;s time and the legend</source>
        <translation>Масштаб, өтпейтін кездесулер, елорда уақыты және шартты белгілер</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Also show the time in the home capital (%1)</source>
        <translation>Елордадағы уақытты да көрсету (%1)</translation>
    </message>
</context>
<context>
    <name>SchedulingBox</name>
    <message>
        <source>Scheduling</source>
        <translation>Жоспарлау</translation>
    </message>
    <message>
        <source>As its level</source>
        <translation>Деңгейі бойынша</translation>
    </message>
    <message>
        <source>1 — highest</source>
        <translation>1 — ең жоғары</translation>
    </message>
    <message>
        <source>4 — lowest</source>
        <translation>4 — ең төмен</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Кез келген күн</translation>
    </message>
    <message>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <source>Only on</source>
        <translation>Тек күні</translation>
    </message>
    <message>
        <source>Starts from</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>until</source>
        <translation>дейін</translation>
    </message>
</context>
<context>
    <name>ServerLink</name>
    <message>
        <source>&lt;b&gt;Read-only&lt;/b&gt;: the connection to the server was lost</source>
        <translation>&lt;b&gt;Тек оқу&lt;/b&gt;: сервермен байланыс үзілді</translation>
    </message>
</context>
<context>
    <name>StackedBars</name>
    <message>
        <source>No request with an amount in %1 to show.</source>
        <translation>Көрсететін %1 сомасындағы өтінімдер жоқ.</translation>
    </message>
    <message>
        <source>Amounts asked, in %1, by borrower and status</source>
        <translation>Қарыз алушылар мен мәртебелер бойынша сұралған сомалар, %1</translation>
    </message>
</context>
<context>
    <name>SummitDocument</name>
    <message>
        <source>“%1” could not be undone because of a fault in Summit Planner (the details are in its log). The step was taken off the Edit menu; check the records it touched.</source>
        <translation>Summit Planner ақаулығына байланысты «%1» болдырмау мүмкін болмады (толығырақ журналда). Қадам «Түзету» мәзірінен алынды; ол қозғаған жазбаларды тексеріңіз.</translation>
    </message>
    <message>
        <source>“%1” could not be redone because of a fault in Summit Planner (the details are in its log). The step was taken off the Edit menu; check the records it touched.</source>
        <translation>Summit Planner ақаулығына байланысты «%1» қайталау мүмкін болмады (толығырақ журналда). Қадам «Түзету» мәзірінен алынды; ол қозғаған жазбаларды тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>ThreadPanel</name>
    <message>
        <source>&lt;i&gt;Select an issue to see where it has come up.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Мәселенің қай жерде көтерілгенін көру үшін оны таңдаңыз.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Status: %1 · on %2 agendas</source>
        <translation>Мәртебесі: %1 · %2 күн тәртібінде</translation>
    </message>
    <message>
        <source>, %1 min</source>
        <translation>, %1 мин</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Нәтиже: %1</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>жазылмаған</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>сс:мм</translation>
    </message>
</context>
<context>
    <name>TracksDialog</name>
    <message>
        <source>Tracks</source>
        <translation>Бағыттар</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Түсі</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Реті</translation>
    </message>
    <message>
        <source>New Track</source>
        <translation>Жаңа бағыт</translation>
    </message>
    <message>
        <source>Add Track</source>
        <translation>Бағыт қосу</translation>
    </message>
    <message>
        <source>Edit Track</source>
        <translation>Бағытты өзгерту</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Жою мүмкін емес</translation>
    </message>
    <message>
        <source>The only track cannot be deleted while it has issues.</source>
        <translation>Жалғыз бағытта мәселелер бар кезде оны жоюға болмайды.</translation>
    </message>
    <message>
        <source>%1 has %2 issues. Move them to:</source>
        <translation>%1 бағытында %2 мәселе бар. Оларды мына жерге көшіру:</translation>
    </message>
    <message>
        <source>Delete Track</source>
        <translation>Бағытты жою</translation>
    </message>
    <message>
        <source>Delete Track %1</source>
        <translation>%1 бағытын жою</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Summit Planner&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Summit Planner&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Plan a summit&apos;s meetings, agenda issues, positions and financing requests. Each summit is one file you can copy and send; every change is saved at once and can be undone.</source>
        <translation>Саммиттің кездесулерін, күн тәртібі мәселелерін, ұстанымдарды және қаржыландыруға өтінімдерді жоспарлау. Әр саммит — көшіріп, жіберуге болатын бір файл; әр өзгеріс бірден сақталады және оны болдырмауға болады.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ашу…</translation>
    </message>
    <message>
        <source>New Summit…</source>
        <translation>Жаңа саммит…</translation>
    </message>
    <message>
        <source>Open the Astana 2025 Sample</source>
        <translation>«Астана 2025» үлгісін ашу</translation>
    </message>
    <message>
        <source>The 2nd Central Asia–China Summit, Astana, 16–17 June 2025, seen from the Kazakh delegation: a safe place to try everything</source>
        <translation>«Орталық Азия – Қытай» II саммиті, Астана, 2025 жылғы 16–17 маусым, Қазақстан делегациясы тұрғысынан: бәрін қауіпсіз байқап көруге болатын орын</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent summits&lt;/b&gt;</source>
        <translation>&lt;b&gt;Соңғы саммиттер&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None yet: the summits you open are listed here.</source>
        <translation>Әзірге жоқ: сіз ашқан саммиттер осында тізіледі.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start&lt;/b&gt;</source>
        <translation>&lt;b&gt;Бастау&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The log %1 cannot be written to (%2).</source>
        <translation>%1 журналына жазу мүмкін емес (%2).</translation>
    </message>
    <message>
        <source>Something went wrong that Summit Planner did not expect. Your summit is saved; the last action may not have been carried out. Details are in %1.</source>
        <translation>Summit Planner күтпеген жағдай орын алды. Саммит сақталды; соңғы әрекет орындалмаған болуы мүмкін. Толығырақ: %1.</translation>
    </message>
    <message>
        <source>Something went wrong that Summit Planner did not expect. Your summit is saved; the last action may not have been carried out. Details are below.</source>
        <translation>Summit Planner күтпеген жағдай орын алды. Саммит сақталды; соңғы әрекет орындалмаған болуы мүмкін. Толығырақ төменде.</translation>
    </message>
    <message>
        <source>Unexpected Error</source>
        <translation>Күтпеген қате</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Мәліметтерді көшіру</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>(new)</source>
        <translation>(жаңа)</translation>
    </message>
</context>
</TS>
