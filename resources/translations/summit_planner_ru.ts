<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Глава</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a person&apos;s</comment>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>a person&apos;s post</comment>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Здание</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Мест</translation>
    </message>
    <message>
        <source>Summit files (*.summit);;All files (*)</source>
        <translation>Файлы саммитов (*.summit);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open Summit</source>
        <translation>Открыть саммит</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <source>Import Agenda Issues</source>
        <translation>Импорт вопросов повестки дня</translation>
    </message>
    <message>
        <source>Spreadsheets and tables (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Таблицы (*.xlsx *.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open Server Summit</source>
        <translation>Открыть саммит на сервере</translation>
    </message>
    <message>
        <source>The summit&apos;s address, such as postgresql://you@server/delegation?summit=astana (the password comes from ~/.pgpass or PGPASSWORD):</source>
        <translation>Адрес саммита, например postgresql://you@server/delegation?summit=astana (пароль берётся из ~/.pgpass или PGPASSWORD):</translation>
    </message>
    <message>
        <source>Head of state</source>
        <translation>Глава государства</translation>
    </message>
    <message>
        <source>Head of government</source>
        <translation>Глава правительства</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>Министр</translation>
    </message>
    <message>
        <source>Deputy minister</source>
        <translation>Заместитель министра</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Посол</translation>
    </message>
    <message>
        <source>Senior official</source>
        <translation>Старшее должностное лицо</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <source>Heads of state</source>
        <translation>Главы государств</translation>
    </message>
    <message>
        <source>Ministers</source>
        <translation>Министры</translation>
    </message>
    <message>
        <source>Deputy ministers</source>
        <translation>Заместители министров</translation>
    </message>
    <message>
        <source>Senior officials</source>
        <translation>Старшие должностные лица</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошена</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Предложена</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждена</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Состоялась</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Внутренняя</translation>
    </message>
    <message>
        <source>Bilateral</source>
        <translation>Двусторонняя встреча</translation>
    </message>
    <message>
        <source>Multilateral</source>
        <translation>Многосторонняя встреча</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Пленарное заседание</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Принимающая сторона</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Under negotiation</source>
        <translation>На переговорах</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Согласован</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Отложен</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Снят</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Поддерживает</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>С оговорками</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Нейтрально</translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation>Против</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Support</source>
        <comment>matrix cell</comment>
        <translation>За</translation>
    </message>
    <message>
        <source>Cond.</source>
        <translation>С огов.</translation>
    </message>
    <message>
        <source>Neutral</source>
        <comment>matrix cell</comment>
        <translation>Нейтр.</translation>
    </message>
    <message>
        <source>Oppose</source>
        <comment>matrix cell</comment>
        <translation>Против</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>matrix cell</comment>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Подана</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрена</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписана</translation>
    </message>
    <message>
        <source>Disbursing</source>
        <translation>Выплачивается</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвана</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <source>Concessional loan</source>
        <translation>Льготный кредит</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Грант</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>Кредитная линия</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Участие в капитале</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Гарантия</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Delegation double-booked</source>
        <translation>Накладка у делегации</translation>
    </message>
    <message>
        <source>Person double-booked</source>
        <translation>Накладка у участника</translation>
    </message>
    <message>
        <source>Room double-booked</source>
        <translation>Накладка в зале</translation>
    </message>
    <message>
        <source>Outside the summit&apos;s hours</source>
        <translation>Вне времени саммита</translation>
    </message>
    <message>
        <source>Room too small</source>
        <translation>Зал слишком мал</translation>
    </message>
    <message>
        <source>Short transfer</source>
        <translation>Мало времени на переезд</translation>
    </message>
    <message>
        <source>Level mismatch</source>
        <translation>Несоответствие уровней</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>programme of %1</source>
        <translation>программа: %1</translation>
    </message>
    <message>
        <source>meetings of %1 — %2</source>
        <translation>встречи %1 — %2</translation>
    </message>
    <message>
        <source>whole summit</source>
        <translation>весь саммит</translation>
    </message>
    <message>
        <source>Internal: our own team only; holds what the delegation keeps to itself</source>
        <translation>Внутренний: только для нашей команды; содержит то, что делегация оставляет для себя</translation>
    </message>
    <message>
        <source>External: for sending outside the delegation; leaves out %1</source>
        <translation>Внешний: для передачи за пределы делегации; без следующего: %1</translation>
    </message>
    <message>
        <source>all days</source>
        <translation>все дни</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Home delegation</source>
        <translation>Своя делегация</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Валюта отчётности</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Начало рабочего дня</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>Конец рабочего дня</translation>
    </message>
    <message>
        <source>Slot length (minutes)</source>
        <translation>Шаг сетки (минут)</translation>
    </message>
    <message>
        <source>Transfer time (minutes)</source>
        <translation>Время на переезд (минут)</translation>
    </message>
    <message>
        <source>Scheduling: high priorities early (weight)</source>
        <translation>Планирование: высокие приоритеты раньше (вес)</translation>
    </message>
    <message>
        <source>Scheduling: breaks for principals (weight)</source>
        <translation>Планирование: перерывы для первых лиц (вес)</translation>
    </message>
    <message>
        <source>Scheduling: no idle hour for principals (weight)</source>
        <translation>Планирование: без пустого часа у первых лиц (вес)</translation>
    </message>
    <message>
        <source>Scheduling: a delegation keeps its room (weight)</source>
        <translation>Планирование: делегация остаётся в своём зале (вес)</translation>
    </message>
    <message>
        <source>Scheduling: the smallest room that fits (weight)</source>
        <translation>Планирование: наименьший подходящий зал (вес)</translation>
    </message>
    <message>
        <source>Change Summit Settings</source>
        <translation>Изменить параметры саммита</translation>
    </message>
    <message>
        <source>Summit Settings</source>
        <translation>Параметры саммита</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <comment>+ %n more</comment>
        <translation>
            <numerusform>+ ещё %n</numerusform>
            <numerusform>+ ещё %n</numerusform>
            <numerusform>+ ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Накладка</translation>
    </message>
    <message>
        <source>Clash: %1</source>
        <translation>Накладка: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <comment>%n waiting</comment>
        <translation>
            <numerusform>ожидает: %n</numerusform>
            <numerusform>ожидают: %n</numerusform>
            <numerusform>ожидают: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Wall chart, %1</source>
        <translation>Настенный график, %1</translation>
    </message>
    <message>
        <source>%1, no room</source>
        <translation>%1, без зала</translation>
    </message>
    <message>
        <source>%1: meetings without a room</source>
        <translation>%1: встречи без зала</translation>
    </message>
    <message>
        <source>Without a room, %1</source>
        <translation>Без зала, %1</translation>
    </message>
    <message>
        <source>the first %1; %2; the rest are counted by delegation, person or room and day on the Conflicts sheet</source>
        <translation>первые %1; %2; остальные учтены на листе «Конфликты» по делегациям, участникам или залам и дням</translation>
    </message>
    <message>
        <source>Conflicts listed</source>
        <translation>Показано конфликтов</translation>
    </message>
    <message>
        <source>Overlaps counted, not listed</source>
        <translation>Накладки учтены, но не показаны</translation>
    </message>
    <message numerus="yes">
        <source>%n group of overlapping meetings (%1 pairs)</source>
        <comment>%n groups of overlapping meetings (%1 pairs)</comment>
        <translation>
            <numerusform>%n группа пересекающихся встреч (пар: %1)</numerusform>
            <numerusform>%n группы пересекающихся встреч (пар: %1)</numerusform>
            <numerusform>%n групп пересекающихся встреч (пар: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>The list above is cut: the summit&apos;s first %1 conflicts are listed (those of these meetings among them); below, the overlaps by delegation, person or room and day, counted.</source>
        <translation>Список выше сокращён: показаны первые %1 конфликтов саммита (в том числе конфликты этих встреч); ниже — подсчитанные накладки по делегациям, участникам или залам и дням.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting</source>
        <comment>%n meetings</comment>
        <translation>
            <numerusform>%n встреча</numerusform>
            <numerusform>%n встречи</numerusform>
            <numerusform>%n встреч</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <source>Meeting ID</source>
        <translation>ID встречи</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, counted in the Conflicts panel&apos;s groups.</source>
        <comment>… and %n more, counted in the Conflicts panel&apos;s groups.</comment>
        <translation>
            <numerusform>… и ещё %n, учтённый в группах панели конфликтов.</numerusform>
            <numerusform>… и ещё %n, учтённых в группах панели конфликтов.</numerusform>
            <numerusform>… и ещё %n, учтённых в группах панели конфликтов.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Meeting</source>
        <translation>Новая встреча</translation>
    </message>
    <message>
        <source>Cannot Edit</source>
        <translation>Невозможно изменить</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Изменить «%1»</translation>
    </message>
    <message>
        <source>Edit Meeting</source>
        <translation>Изменить встречу</translation>
    </message>
    <message>
        <source>Move Meeting</source>
        <translation>Перенести встречу</translation>
    </message>
    <message>
        <source>Cannot Move the Meeting</source>
        <translation>Не удалось перенести встречу</translation>
    </message>
    <message>
        <source>Change Duration</source>
        <translation>Изменить продолжительность</translation>
    </message>
    <message>
        <source>Cannot Change the Duration</source>
        <translation>Не удалось изменить продолжительность</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Отметить: %1</translation>
    </message>
    <message>
        <source>Cannot Change the Status</source>
        <translation>Не удалось изменить статус</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n meeting</source>
        <comment>Delete %n meetings</comment>
        <translation>
            <numerusform>Удалить %n встречу</numerusform>
            <numerusform>Удалить %n встречи</numerusform>
            <numerusform>Удалить %n встреч</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Невозможно удалить</translation>
    </message>
    <message>
        <source>Duplicate Meeting</source>
        <translation>Дублировать встречу</translation>
    </message>
    <message>
        <source>Cannot Duplicate</source>
        <translation>Не удалось дублировать</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Ведущая</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Issue ID</source>
        <translation>ID вопроса</translation>
    </message>
    <message>
        <source>Agenda issues</source>
        <translation>Вопросы повестки дня</translation>
    </message>
    <message numerus="yes">
        <source>%n issue</source>
        <comment>%n issues</comment>
        <translation>
            <numerusform>%n вопрос</numerusform>
            <numerusform>%n вопроса</numerusform>
            <numerusform>%n вопросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Заёмщик</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>Кредитор</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Сумма в %1</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Пакет финансирования</translation>
    </message>
    <message>
        <source>Financing requests</source>
        <translation>Заявки на финансирование</translation>
    </message>
    <message numerus="yes">
        <source>%n request</source>
        <comment>%n requests</comment>
        <translation>
            <numerusform>%n заявка</numerusform>
            <numerusform>%n заявки</numerusform>
            <numerusform>%n заявок</numerusform>
        </translation>
    </message>
    <message>
        <source>Financing totals</source>
        <translation>Итоги финансирования</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Группировка</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation>Итого в %1</translation>
    </message>
    <message>
        <source>Without a rate</source>
        <translation>Без курса</translation>
    </message>
    <message>
        <source>In reporting currency</source>
        <translation>В валюте отчётности</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>нет курса</translation>
    </message>
    <message>
        <source>No exchange rate for %1: left out of every total.</source>
        <translation>Нет курса для %1: не учитывается ни в одном итоге.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Саммит</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Своя</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Тезисы для беседы</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation>Красные линии</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Запасная позиция</translation>
    </message>
    <message numerus="yes">
        <source>%n position</source>
        <comment>%n positions</comment>
        <translation>
            <numerusform>%n позиция</numerusform>
            <numerusform>%n позиции</numerusform>
            <numerusform>%n позиций</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 support, %2 conditional, %3 oppose, %4 neutral, %5 unknown</source>
        <translation>поддерживают: %1, с оговорками: %2, против: %3, нейтрально: %4, неизвестно: %5</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>How many delegations support, support on conditions, oppose</source>
        <translation>Сколько делегаций поддерживают, поддерживают с оговорками, выступают против</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>%1 (backup of %2).summit</source>
        <translation>%1 (резервная копия %2).summit</translation>
    </message>
    <message>
        <source>Cannot Open Summit</source>
        <translation>Не удалось открыть саммит</translation>
    </message>
    <message>
        <source>Summit Open Elsewhere</source>
        <translation>Саммит открыт в другом месте</translation>
    </message>
    <message>
        <source>Summit Cannot Be Changed</source>
        <translation>Саммит нельзя изменить</translation>
    </message>
    <message>
        <source>Open it read-only? You can read, export and copy it, not change it.</source>
        <translation>Открыть его только для чтения? Его можно будет читать, экспортировать и копировать, но не изменять.</translation>
    </message>
    <message>
        <source>Open a cleaned copy instead? It is written beside the file, which stays as it is.</source>
        <translation>Открыть вместо него очищенную копию? Она будет записана рядом с файлом, который останется как есть.</translation>
    </message>
    <message>
        <source>Its newest good backup, from %1, has %2 and %3. Restore it?</source>
        <translation>Его последняя исправная резервная копия от %1 содержит: %2 и %3. Восстановить её?</translation>
    </message>
    <message>
        <source>Restore Backup As</source>
        <translation>Восстановить резервную копию как</translation>
    </message>
    <message>
        <source>Opened %1, a cleaned copy of %2 (%3 changes).</source>
        <translation>Открыт %1 — очищенная копия %2 (изменений: %3).</translation>
    </message>
    <message>
        <source>Cannot Restore the Backup</source>
        <translation>Не удалось восстановить резервную копию</translation>
    </message>
    <message>
        <source>%1 is open in another window; choose another name.</source>
        <translation>%1 открыт в другом окне; выберите другое имя.</translation>
    </message>
    <message>
        <source>That file is the summit that is open now; choose another name.</source>
        <translation>Этот файл — саммит, открытый сейчас; выберите другое имя.</translation>
    </message>
    <message>
        <source>%1 is already open in %5 on %2 since %3 (process %4).</source>
        <translation>%1 уже открыт в %5 на %2 с %3 (процесс %4).</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>неизвестного времени</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этом компьютере</translation>
    </message>
    <message>
        <source>{name} is open for writing in {program} (process {pid} of user {user}) on {host} since {since}; close it there and try again.</source>
        <translation>{name} открыт для записи в программе {program} (процесс {pid} пользователя {user}) на {host} с {since}; закройте его там и повторите попытку.</translation>
    </message>
    <message>
        <source>{name} is open for writing in {program} (process {pid}) on {host} since {since}; close it there and try again.</source>
        <translation>{name} открыт для записи в программе {program} (процесс {pid}) на {host} с {since}; закройте его там и повторите попытку.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>другой программе</translation>
    </message>
    <message>
        <source>{name} is read-only (its permissions allow no changes); make it writable, or work on a copy.</source>
        <translation>{name} доступен только для чтения (права доступа не позволяют изменений); разрешите запись или работайте с копией.</translation>
    </message>
    <message>
        <source>like its lock</source>
        <translation>похожее на его блокировку</translation>
    </message>
    <message>
        <source>The folder of {name} holds something named {named} that is not a Summit Planner lock file; remove it to change the summit.</source>
        <translation>В папке {name} есть объект {named}, который не является файлом блокировки Summit Planner; удалите его, чтобы изменять саммит.</translation>
    </message>
    <message>
        <source>The folder of {name} cannot be written to, so the summit cannot change.</source>
        <translation>В папку {name} нельзя записывать, поэтому саммит нельзя изменить.</translation>
    </message>
    <message>
        <source>{name} cannot be locked for writing ({detail}); nothing was changed.</source>
        <translation>{name} не удалось заблокировать для записи ({detail}); ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 is read-only: its permissions allow no changes.</source>
        <translation>%1 доступен только для чтения: права доступа не позволяют изменений.</translation>
    </message>
    <message>
        <source>The folder of %1 holds something named %2 that is not a lock file of Summit Planner, so the summit cannot be changed while it is there.</source>
        <translation>В папке %1 есть объект %2, который не является файлом блокировки Summit Planner, поэтому саммит нельзя изменить, пока он там.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written to, so the summit cannot change.</source>
        <translation>В папку %1 нельзя записывать, поэтому саммит нельзя изменить.</translation>
    </message>
    <message>
        <source>%1 cannot be locked for writing (%2).</source>
        <translation>%1 не удалось заблокировать для записи (%2).</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 skipped, %4 unchanged, %5, from sheet “%6”.</source>
        <translation>Новых: %1, обновлено: %2, пропущено: %3, без изменений: %4, %5 — с листа «%6».</translation>
    </message>
    <message numerus="yes">
        <source>%n problem</source>
        <comment>%n problems</comment>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблемы</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source> New tracks: %1.</source>
        <translation> Новые направления: %1.</translation>
    </message>
    <message>
        <source> New rooms: %1.</source>
        <translation> Новые залы: %1.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>update</source>
        <translation>обновить</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>пропустить</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>Sheet %1, row %2</source>
        <translation>Лист %1, строка %2</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, столбец %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem.</source>
        <comment>… and %n more problems.</comment>
        <translation>
            <numerusform>… и ещё %n проблема.</numerusform>
            <numerusform>… и ещё %n проблемы.</numerusform>
            <numerusform>… и ещё %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet %1, row %2: passed over, %3: “%4”.</source>
        <translation>Лист %1, строка %2: пропущена, %3: «%4».</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Нечего импортировать</translation>
    </message>
    <message>
        <source>No row of %1 is new or changes what the summit has; nothing was changed.</source>
        <translation>Ни одна строка из %1 не добавляет и не меняет данные саммита; ничего не изменено.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Импортировано из %1</translation>
    </message>
    <message>
        <source>New tracks: %1</source>
        <translation>Новые направления: %1</translation>
    </message>
    <message>
        <source>Edit ▸ Undo (Ctrl+Z) takes the whole import back in one step.</source>
        <translation>«Правка ▸ Отменить» (Ctrl+Z) отменяет весь импорт одним шагом.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem was found; the rows it concerns were skipped.</source>
        <comment>%n problems were found; the rows they concern were skipped.</comment>
        <translation>
            <numerusform>Найдена %n проблема; строки, к которым она относится, пропущены.</numerusform>
            <numerusform>Найдены %n проблемы; строки, к которым они относятся, пропущены.</numerusform>
            <numerusform>Найдено %n проблем; строки, к которым они относятся, пропущены.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Summit…</source>
        <translation>&amp;Новый саммит…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open Ser&amp;ver Summit…</source>
        <translation>Открыть саммит на &amp;сервере…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Summit</source>
        <translation>Открыть &amp;пример саммита</translation>
    </message>
    <message>
        <source>&amp;Import Agenda Issues…</source>
        <translation>&amp;Импорт вопросов повестки дня…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Экспорт в Excel…</translation>
    </message>
    <message>
        <source>Export &amp;Programme…</source>
        <translation>Экспорт про&amp;граммы…</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar…</source>
        <translation>Экспорт ка&amp;лендаря…</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y As…</source>
        <translation>Сохранить &amp;копию как…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Summit &amp;Settings…</source>
        <translation>Пара&amp;метры саммита…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Conflicts &amp;Panel</source>
        <translation>Панель &amp;конфликтов</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Начало работы</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Summit Planner</source>
        <translation>&amp;О программе Summit Planner</translation>
    </message>
    <message>
        <source>Previous or next day (Schedule)</source>
        <translation>Предыдущий или следующий день (Расписание)</translation>
    </message>
    <message>
        <source>Edit the selected meeting, issue or request</source>
        <translation>Изменить выбранную встречу, вопрос или заявку</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Удалить выделенное</translation>
    </message>
    <message>
        <source>Duplicate the selected meeting</source>
        <translation>Дублировать выбранную встречу</translation>
    </message>
    <message>
        <source>Cancel a drag in the Schedule</source>
        <translation>Отменить перетаскивание в расписании</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Set stances in Positions</source>
        <translation>Установить позиции в разделе «Позиции»</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Getting started&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Schedule&lt;/b&gt; (Ctrl+1) shows one summit day as a wall chart. Drag a meeting to move it, drag its lower edge to change its length, double-click an empty slot to create one. Select a meeting to read its details beside the chart.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Meetings&lt;/b&gt; (Ctrl+2) lists every meeting. Type a delegation, a person, a room or an issue code into the search field to find their meetings; the details pane shows the agenda, the people and the conflicts of the selected one, and the next meetings of a person.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Issues&lt;/b&gt; (Ctrl+3) holds the agenda issues and where each came up; &lt;b&gt;Positions&lt;/b&gt; (Ctrl+4) where every delegation stands on each, with talking points and red lines; &lt;b&gt;Financing&lt;/b&gt; (Ctrl+5) the requests, the envelopes they draw on, totals and history; &lt;b&gt;Delegations&lt;/b&gt; (Ctrl+6) the people and rooms.&lt;/p&gt;&lt;p&gt;Every change is saved at once and can be undone (Ctrl+Z). Conflicts are counted in the status bar; View ▸ Conflicts Panel lists them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Начало работы&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Расписание&lt;/b&gt; (Ctrl+1) показывает один день саммита в виде настенного графика. Перетащите встречу, чтобы перенести её, потяните за нижний край, чтобы изменить продолжительность, дважды щёлкните пустой интервал, чтобы создать встречу. Выберите встречу, чтобы прочитать подробности рядом с графиком.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Встречи&lt;/b&gt; (Ctrl+2) — список всех встреч. Введите в поле поиска делегацию, участника, зал или код вопроса, чтобы найти их встречи; панель подробностей показывает повестку дня, участников и конфликты выбранной встречи, а также ближайшие встречи участника.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Вопросы&lt;/b&gt; (Ctrl+3) — вопросы повестки дня и где каждый из них обсуждался; &lt;b&gt;Позиции&lt;/b&gt; (Ctrl+4) — позиция каждой делегации по каждому вопросу, с тезисами и красными линиями; &lt;b&gt;Финансирование&lt;/b&gt; (Ctrl+5) — заявки, пакеты финансирования, итоги и история; &lt;b&gt;Делегации&lt;/b&gt; (Ctrl+6) — участники и залы.&lt;/p&gt;&lt;p&gt;Каждое изменение сохраняется сразу и может быть отменено (Ctrl+Z). Конфликты подсчитываются в строке состояния; «Вид ▸ Панель конфликтов» перечисляет их.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Начало работы</translation>
    </message>
    <message>
        <source>About Summit Planner</source>
        <translation>О программе Summit Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Summit Planner %1&lt;/h3&gt;&lt;p&gt;Plan a summit&apos;s meetings, agenda issues, positions and financing requests.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Summit Planner %1&lt;/h3&gt;&lt;p&gt;Планирование встреч саммита, вопросов повестки дня, позиций и заявок на финансирование.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Summit Planner will use the chosen language when it is next started.</source>
        <translation>Summit Planner будет использовать выбранный язык при следующем запуске.</translation>
    </message>
    <message>
        <source>Plan a summit&apos;s meetings, agenda issues, positions and financing. Without a FILE the last opened summit is shown (the built-in sample on the first run).</source>
        <translation>Планирование встреч саммита, вопросов повестки дня, позиций и финансирования. Без FILE открывается последний открытый саммит (при первом запуске — встроенный пример).</translation>
    </message>
    <message>
        <source>Commands (run &apos;{command}&apos;): {commands}.</source>
        <translation>Команды (выполните «{command}»): {commands}.</translation>
    </message>
    <message>
        <source>open the built-in Astana 2025 sample summit</source>
        <translation>открыть встроенный пример саммита «Астана 2025»</translation>
    </message>
    <message>
        <source>create a summit file and exit</source>
        <translation>создать файл саммита и выйти</translation>
    </message>
    <message>
        <source>fill it with the Astana 2025 sample</source>
        <translation>заполнить его примером «Астана 2025»</translation>
    </message>
    <message>
        <source>print a summit&apos;s name, dates, time zone and counts</source>
        <translation>вывести название саммита, даты, часовой пояс и количества</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>вывести один объект JSON</translation>
    </message>
    <message>
        <source>print the file&apos;s integrity and every conflict; exit 1 if any is an error</source>
        <translation>вывести целостность файла и все конфликты; код выхода 1, если есть ошибка</translation>
    </message>
    <message>
        <source>import agenda issues from Excel or CSV</source>
        <translation>импортировать вопросы повестки дня из Excel или CSV</translation>
    </message>
    <message>
        <source>summit file or URI to open</source>
        <translation>файл или URI саммита, который нужно открыть</translation>
    </message>
    <message>
        <source>the summit</source>
        <translation>саммит</translation>
    </message>
    <message>
        <source>.xlsx, .csv or .txt</source>
        <translation>.xlsx, .csv или .txt</translation>
    </message>
    <message>
        <source>the sheet to read (default: the one with a table)</source>
        <translation>лист для чтения (по умолчанию — тот, где есть таблица)</translation>
    </message>
    <message>
        <source>map a column to a field (field empty: ignore the column)</source>
        <translation>сопоставить столбец полю (поле пусто — столбец пропускается)</translation>
    </message>
    <message>
        <source>meetings: refuse rooms the summit does not have instead of creating them</source>
        <translation>встречи: не принимать залы, которых нет в саммите, вместо того чтобы создавать их</translation>
    </message>
    <message>
        <source>check only; change nothing</source>
        <translation>только проверить; ничего не изменять</translation>
    </message>
    <message>
        <source>write a cleaned copy of a file that holds what a summit file may not</source>
        <translation>записать очищенную копию файла, содержащего недопустимое для файла саммита</translation>
    </message>
    <message>
        <source>the received summit file</source>
        <translation>полученный файл саммита</translation>
    </message>
    <message>
        <source>the copy (default: “FILE (cleaned)”)</source>
        <translation>копия (по умолчанию — «FILE (cleaned)»)</translation>
    </message>
    <message>
        <source>unexpected error ({kind}: {error}).</source>
        <translation>непредвиденная ошибка ({kind}: {error}).</translation>
    </message>
    <message>
        <source>Created {path}</source>
        <translation>Создан {path}</translation>
    </message>
    <message>
        <source>{first} to {last} ({zone})</source>
        <translation>с {first} по {last} ({zone})</translation>
    </message>
    <message>
        <source>Home delegation: {code}</source>
        <translation>Своя делегация: {code}</translation>
    </message>
    <message>
        <source>Delegations: {count}</source>
        <translation>Делегации: {count}</translation>
    </message>
    <message>
        <source>People: {count}</source>
        <translation>Участники: {count}</translation>
    </message>
    <message>
        <source>Rooms: {count}</source>
        <translation>Залы: {count}</translation>
    </message>
    <message>
        <source>Meetings: {count}</source>
        <translation>Встречи: {count}</translation>
    </message>
    <message>
        <source>Issues: {count}</source>
        <translation>Вопросы: {count}</translation>
    </message>
    <message>
        <source>Positions: {count}</source>
        <translation>Позиции: {count}</translation>
    </message>
    <message>
        <source>Financing requests: {count}</source>
        <translation>Заявки на финансирование: {count}</translation>
    </message>
    <message>
        <source>{problem}; it was left as it is, and “{command}” writes a cleaned copy.</source>
        <translation>{problem}; файл оставлен как есть, а «{command}» запишет очищенную копию.</translation>
    </message>
    <message>
        <source>Integrity: {count}+ problems</source>
        <translation>Целостность: проблем {count}+</translation>
    </message>
    <message numerus="yes">
        <source>Integrity: %n problem</source>
        <comment>Integrity: %n problems</comment>
        <translation>
            <numerusform>Целостность: %n проблема</numerusform>
            <numerusform>Целостность: %n проблемы</numerusform>
            <numerusform>Целостность: %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts: not looked for; “{command}” writes a cleaned copy to check instead.</source>
        <translation>Конфликты: не проверялись; «{command}» запишет очищенную копию, которую можно проверить.</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Целостность: в порядке</translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <comment>%n errors</comment>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <comment>%n warnings</comment>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts: {errors}, {warnings}</source>
        <translation>Конфликты: {errors}, {warnings}</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ОШИБКА</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ПРЕДУПРЕЖДЕНИЕ</translation>
    </message>
    <message>
        <source>{severity} [{kind}; meetings {ids}] {message}</source>
        <translation>{severity} [{kind}; встречи {ids}] {message}</translation>
    </message>
    <message numerus="yes">
        <source>The list is cut: %n more conflict is counted but not listed. Overlaps by delegation, person or room and day:</source>
        <comment>The list is cut: %n more conflicts are counted but not listed. Overlaps by delegation, person or room and day:</comment>
        <translation>
            <numerusform>Список сокращён: ещё %n конфликт учтён, но не показан. Накладки по делегациям, участникам или залам и дням:</numerusform>
            <numerusform>Список сокращён: ещё %n конфликта учтены, но не показаны. Накладки по делегациям, участникам или залам и дням:</numerusform>
            <numerusform>Список сокращён: ещё %n конфликтов учтены, но не показаны. Накладки по делегациям, участникам или залам и дням:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change</source>
        <comment>%n changes</comment>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {written}: a cleaned copy of {name} ({changes}; {name} itself was left as it is).</source>
        <translation>Записан {written}: очищенная копия {name} ({changes}; сам {name} оставлен как есть).</translation>
    </message>
    <message>
        <source>--map takes HEADER=field, not “{item}”.</source>
        <translation>--map принимает HEADER=field, а не «{item}».</translation>
    </message>
    <message>
        <source>nothing in {name} could be imported.</source>
        <translation>из {name} ничего не удалось импортировать.</translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {skipped} skipped (would be imported from sheet “{sheet}”).</source>
        <translation>Создано: {created}, обновлено: {updated}, пропущено: {skipped} (было бы импортировано с листа «{sheet}»).</translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {skipped} skipped (were imported from sheet “{sheet}”).</source>
        <translation>Создано: {created}, обновлено: {updated}, пропущено: {skipped} (импортировано с листа «{sheet}»).</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged.</source>
        <comment>%n unchanged.</comment>
        <translation>
            <numerusform>%n без изменений.</numerusform>
            <numerusform>%n без изменений.</numerusform>
            <numerusform>%n без изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>New tracks: {names}.</source>
        <translation>Новые направления: {names}.</translation>
    </message>
    <message>
        <source>New rooms: {names}.</source>
        <translation>Новые залы: {names}.</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {message}</source>
        <translation>строка {row}, столбец {column}: {message}</translation>
    </message>
    <message>
        <source>row {row}: {message}</source>
        <translation>строка {row}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>The panel lists the first %n; the rest are counted there by delegation, person or room and day.</source>
        <comment>The panel lists the first %n; the rest are counted there by delegation, person or room and day.</comment>
        <translation>
            <numerusform>Панель показывает первый %n; остальные учтены там по делегациям, участникам или залам и дням.</numerusform>
            <numerusform>Панель показывает первые %n; остальные учтены там по делегациям, участникам или залам и дням.</numerusform>
            <numerusform>Панель показывает первые %n; остальные учтены там по делегациям, участникам или залам и дням.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more conflict, not listed; by delegation, person or room and day:</source>
        <comment>%n more conflicts, not listed; by delegation, person or room and day:</comment>
        <translation>
            <numerusform>Ещё %n конфликт, не показан; по делегациям, участникам или залам и дням:</numerusform>
            <numerusform>Ещё %n конфликта, не показаны; по делегациям, участникам или залам и дням:</numerusform>
            <numerusform>Ещё %n конфликтов, не показаны; по делегациям, участникам или залам и дням:</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup cannot be restored over the summit that is open; choose another name.</source>
        <translation>Резервную копию нельзя восстановить поверх открытого саммита; выберите другое имя.</translation>
    </message>
    <message>
        <source>“{title}” ({day} {start}–{end})</source>
        <translation>«{title}» ({day} {start}–{end})</translation>
    </message>
    <message>
        <source>Unknown delegation</source>
        <translation>Неизвестная делегация</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Кто-то</translation>
    </message>
    <message>
        <source>{name} ({rank}, {code})</source>
        <translation>{name} ({rank}, {code})</translation>
    </message>
    <message>
        <source>an unknown room</source>
        <translation>неизвестный зал</translation>
    </message>
    <message>
        <source>head of state</source>
        <translation>глава государства</translation>
    </message>
    <message>
        <source>head of government</source>
        <translation>глава правительства</translation>
    </message>
    <message>
        <source>minister</source>
        <translation>министр</translation>
    </message>
    <message>
        <source>deputy minister</source>
        <translation>заместитель министра</translation>
    </message>
    <message>
        <source>ambassador</source>
        <translation>посол</translation>
    </message>
    <message>
        <source>senior official</source>
        <translation>старшее должностное лицо</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>эксперт</translation>
    </message>
    <message>
        <source>{who} hold two meetings at once: {first} and {second}.</source>
        <translation>В залах {who} одновременно назначены две встречи: {first} и {second}.</translation>
    </message>
    <message>
        <source>{who} holds two meetings at once: {first} and {second}.</source>
        <translation>В зале {who} одновременно назначены две встречи: {first} и {second}.</translation>
    </message>
    <message>
        <source>{who} are expected in two meetings at once: {first} and {second}.</source>
        <translation>{who}: одновременное участие в двух встречах — {first} и {second}.</translation>
    </message>
    <message>
        <source>{who} is expected in two meetings at once: {first} and {second}.</source>
        <translation>{who}: одновременное участие в двух встречах — {first} и {second}.</translation>
    </message>
    <message>
        <source>{who} have {gap} to get from {here} to {there} between {first} and {second}; the transfer time is {transfer}.</source>
        <translation>{who}: между {first} и {second} есть лишь {gap}, чтобы добраться из «{here}» в «{there}»; на переезд требуется {transfer}.</translation>
    </message>
    <message>
        <source>{who} has {gap} to get from {here} to {there} between {first} and {second}; the transfer time is {transfer}.</source>
        <translation>{who}: между {first} и {second} есть лишь {gap}, чтобы добраться из «{here}» в «{there}»; на переезд требуется {transfer}.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute</source>
        <comment>%n minutes</comment>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>{meeting} is outside the summit&apos;s days ({first} to {last}).</source>
        <translation>Встреча {meeting} проходит вне дней саммита ({first} – {last}).</translation>
    </message>
    <message>
        <source>{meeting} is outside the working hours ({start}–{end}).</source>
        <translation>Встреча {meeting} проходит вне рабочего времени ({start}–{end}).</translation>
    </message>
    <message>
        <source>{meeting} has {required} required attendees but {room} seats {capacity}.</source>
        <translation>{meeting}: обязательных участников — {required}, а в зале {room} мест — {capacity}.</translation>
    </message>
    <message>
        <source>{meeting} is confirmed but has no room.</source>
        <translation>Встреча {meeting} подтверждена, но зал не назначен.</translation>
    </message>
    <message>
        <source>In {meeting}, {senior} faces {junior} as the most senior of their delegation.</source>
        <translation>На встрече {meeting} {senior} оказывается напротив {junior} как старшего по рангу в своей делегации.</translation>
    </message>
    <message numerus="yes">
        <source>%n overlapping pair</source>
        <comment>%n overlapping pairs</comment>
        <translation>
            <numerusform>%n пересекающаяся пара</numerusform>
            <numerusform>%n пересекающиеся пары</numerusform>
            <numerusform>%n пересекающихся пар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>among %n meeting</source>
        <comment>among %n meetings</comment>
        <translation>
            <numerusform>среди %n встречи</numerusform>
            <numerusform>среди %n встреч</numerusform>
            <numerusform>среди %n встреч</numerusform>
        </translation>
    </message>
    <message>
        <source>{who} is double-booked on {day}: {pairs} {among}.</source>
        <translation>Зал {who} занят дважды {day}: {pairs} {among}.</translation>
    </message>
    <message>
        <source>{who} is expected in two meetings at once on {day}: {pairs} {among}.</source>
        <translation>{who} должны одновременно быть на двух встречах {day}: {pairs} {among}.</translation>
    </message>
    <message>
        <source>The delegation code is empty; type one.</source>
        <translation>Код делегации не заполнен; введите его.</translation>
    </message>
    <message>
        <source>“{code}” is not a delegation code; use two letters (ISO 3166, e.g. KZ) or an organisation&apos;s short code of up to 12 letters, digits or hyphens.</source>
        <translation>«{code}» — не код делегации; используйте две буквы (ISO 3166, например KZ) или краткий код организации длиной до 12 букв, цифр или дефисов.</translation>
    </message>
    <message>
        <source>Another delegation already has the code {code}.</source>
        <translation>Код {code} уже есть у другой делегации.</translation>
    </message>
    <message>
        <source>The delegation name is empty; type one.</source>
        <translation>Название делегации не заполнено; введите его.</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour; use the form #1F77B4.</source>
        <translation>«{colour}» — не цвет; используйте запись вида #1F77B4.</translation>
    </message>
    <message>
        <source>The precedence must be a whole number.</source>
        <translation>Протокольное старшинство должно быть целым числом.</translation>
    </message>
    <message>
        <source>The person&apos;s name is empty; type one.</source>
        <translation>Имя участника не заполнено; введите его.</translation>
    </message>
    <message>
        <source>Choose the delegation this person belongs to.</source>
        <translation>Выберите делегацию, к которой относится этот участник.</translation>
    </message>
    <message numerus="yes">
        <source>{name} attends %n meeting for their present delegation; remove them from it before moving them to another delegation.</source>
        <comment>{name} attends %n meetings for their present delegation; remove them from those meetings before moving them to another delegation.</comment>
        <translation>
            <numerusform>{name} участвует в %n встрече от своей нынешней делегации; исключите участника из неё, прежде чем переводить в другую делегацию.</numerusform>
            <numerusform>{name} участвует в %n встречах от своей нынешней делегации; исключите участника из этих встреч, прежде чем переводить в другую делегацию.</numerusform>
            <numerusform>{name} участвует в %n встречах от своей нынешней делегации; исключите участника из этих встреч, прежде чем переводить в другую делегацию.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{value}” is not a rank.</source>
        <translation>«{value}» — не ранг.</translation>
    </message>
    <message>
        <source>The room name is empty; type one.</source>
        <translation>Название зала не заполнено; введите его.</translation>
    </message>
    <message>
        <source>Another room is already called “{name}”.</source>
        <translation>Зал «{name}» уже существует.</translation>
    </message>
    <message>
        <source>The capacity must be a whole number of seats.</source>
        <translation>Вместимость должна быть целым числом мест.</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>Вместимость не может быть отрицательной.</translation>
    </message>
    <message numerus="yes">
        <source>it takes part in %n meeting</source>
        <comment>it takes part in %n meetings</comment>
        <translation>
            <numerusform>она участвует в %n встрече</numerusform>
            <numerusform>она участвует в %n встречах</numerusform>
            <numerusform>она участвует в %n встречах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %n financing request</source>
        <comment>it has %n financing requests</comment>
        <translation>
            <numerusform>у неё %n заявка на финансирование</numerusform>
            <numerusform>у неё %n заявки на финансирование</numerusform>
            <numerusform>у неё %n заявок на финансирование</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it is referred to by %n other record</source>
        <comment>it is referred to by %n other records</comment>
        <translation>
            <numerusform>на неё ссылается %n другая запись</numerusform>
            <numerusform>на неё ссылаются %n другие записи</numerusform>
            <numerusform>на неё ссылаются %n других записей</numerusform>
        </translation>
    </message>
    <message>
        <source>{names} cannot be deleted: {reasons}. Remove it from those first, then delete it.</source>
        <translation>{names} нельзя удалить: {reasons}. Сначала уберите эти ссылки, затем удалите.</translation>
    </message>
    <message numerus="yes">
        <source>%n person of the delegation will be deleted.</source>
        <comment>%n people of the delegation will be deleted.</comment>
        <translation>
            <numerusform>Будет удалён %n участник делегации.</numerusform>
            <numerusform>Будут удалены %n участника делегации.</numerusform>
            <numerusform>Будут удалены %n участников делегации.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting attendance will be removed.</source>
        <comment>%n meeting attendances will be removed.</comment>
        <translation>
            <numerusform>Будет снято %n участие во встрече.</numerusform>
            <numerusform>Будут сняты %n участия во встречах.</numerusform>
            <numerusform>Будут сняты %n участий во встречах.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded position will be deleted.</source>
        <comment>%n recorded positions will be deleted.</comment>
        <translation>
            <numerusform>Будет удалена %n записанная позиция.</numerusform>
            <numerusform>Будут удалены %n записанные позиции.</numerusform>
            <numerusform>Будут удалены %n записанных позиций.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda issue will have no lead delegation.</source>
        <comment>%n agenda issues will have no lead delegation.</comment>
        <translation>
            <numerusform>У %n вопроса повестки дня не будет ведущей делегации.</numerusform>
            <numerusform>У %n вопросов повестки дня не будет ведущей делегации.</numerusform>
            <numerusform>У %n вопросов повестки дня не будет ведущей делегации.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting will have no room.</source>
        <comment>%n meetings will have no room.</comment>
        <translation>
            <numerusform>У %n встречи не будет зала.</numerusform>
            <numerusform>У %n встреч не будет зала.</numerusform>
            <numerusform>У %n встреч не будет зала.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a rate for {currency}.</source>
        <translation>Курс для {currency} уже есть.</translation>
    </message>
    <message>
        <source>Give the date the rate is valid for.</source>
        <translation>Укажите дату, на которую действует курс.</translation>
    </message>
    <message>
        <source>A {current} request cannot become {target}; it can become {allowed}.</source>
        <translation>Заявку со статусом «{current}» нельзя перевести в статус «{target}»; возможны: {allowed}.</translation>
    </message>
    <message>
        <source>A {current} request cannot become {target}; it is final.</source>
        <translation>Заявку со статусом «{current}» нельзя перевести в статус «{target}»; этот статус окончательный.</translation>
    </message>
    <message>
        <source>The request has no title; type one.</source>
        <translation>У заявки нет названия; введите его.</translation>
    </message>
    <message>
        <source>“{code}” is not a request code; use e.g. FIN-07.</source>
        <translation>«{code}» — не код заявки; используйте, например, FIN-07.</translation>
    </message>
    <message>
        <source>Another request already has the code {code}.</source>
        <translation>Код {code} уже есть у другой заявки.</translation>
    </message>
    <message>
        <source>Choose the delegation that asks (the borrower).</source>
        <translation>Выберите делегацию, которая запрашивает средства (заёмщика).</translation>
    </message>
    <message>
        <source>Choose who is asked (the lender).</source>
        <translation>Выберите, к кому обращена заявка (кредитора).</translation>
    </message>
    <message>
        <source>Choose an instrument.</source>
        <translation>Выберите инструмент.</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Выберите статус.</translation>
    </message>
    <message>
        <source>The agenda issue no longer exists.</source>
        <translation>Вопрос повестки дня больше не существует.</translation>
    </message>
    <message>
        <source>The envelope no longer exists.</source>
        <translation>Пакет финансирования больше не существует.</translation>
    </message>
    <message>
        <source>The envelope {name} is the lender {short_name}&apos;s; a request drawing on it must be asked of that lender.</source>
        <translation>Пакет {name} принадлежит кредитору {short_name}; заявка в счёт этого пакета должна быть адресована этому кредитору.</translation>
    </message>
    <message>
        <source>A chosen meeting no longer exists.</source>
        <translation>Выбранная встреча больше не существует.</translation>
    </message>
    <message>
        <source>A new request starts as a draft or as submitted; move it on from there.</source>
        <translation>Новая заявка создаётся как черновик или как поданная; дальше её можно продвигать.</translation>
    </message>
    <message>
        <source>Totals cannot be made by {by}.</source>
        <translation>Итоги нельзя подвести по признаку «{by}».</translation>
    </message>
    <message>
        <source>“{code}” is not an issue code; use letters, a hyphen and a number, e.g. ECO-07.</source>
        <translation>«{code}» — не код вопроса; используйте буквы, дефис и число, например ECO-07.</translation>
    </message>
    <message>
        <source>Another issue already has the code {code}.</source>
        <translation>Код {code} уже есть у другого вопроса.</translation>
    </message>
    <message>
        <source>The issue has no title; type one.</source>
        <translation>У вопроса нет названия; введите его.</translation>
    </message>
    <message>
        <source>Choose the track the issue belongs to.</source>
        <translation>Выберите направление, к которому относится вопрос.</translation>
    </message>
    <message>
        <source>“{value}” is not a priority.</source>
        <translation>«{value}» — не приоритет.</translation>
    </message>
    <message>
        <source>“{value}” is not an issue status.</source>
        <translation>«{value}» — не статус вопроса.</translation>
    </message>
    <message>
        <source>The lead delegation no longer exists.</source>
        <translation>Ведущая делегация больше не существует.</translation>
    </message>
    <message>
        <source>The due date is not a date.</source>
        <translation>Срок — не дата.</translation>
    </message>
    <message numerus="yes">
        <source>They are removed from %n meeting agenda item.</source>
        <comment>They are removed from %n meeting agenda items.</comment>
        <translation>
            <numerusform>Они будут исключены из %n пункта повестки дня встреч.</numerusform>
            <numerusform>Они будут исключены из %n пунктов повестки дня встреч.</numerusform>
            <numerusform>Они будут исключены из %n пунктов повестки дня встреч.</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} и {second}</translation>
    </message>
    <message>
        <source>The meeting is cancelled; put the issue on another meeting&apos;s agenda.</source>
        <translation>Встреча отменена; включите вопрос в повестку дня другой встречи.</translation>
    </message>
    <message>
        <source>The issue is already on that meeting&apos;s agenda; change its minutes in the meeting editor.</source>
        <translation>Вопрос уже включён в повестку дня этой встречи; измените отведённое ему время в редакторе встречи.</translation>
    </message>
    <message>
        <source>A {value} meeting cannot become {value2}; it can become {join}.</source>
        <translation>Встречу со статусом «{value}» нельзя перевести в статус «{value2}»; возможны: {join}.</translation>
    </message>
    <message>
        <source>The meeting no longer exists; it may have been deleted.</source>
        <translation>Встреча больше не существует; возможно, она была удалена.</translation>
    </message>
    <message>
        <source>The chosen room no longer exists.</source>
        <translation>Выбранный зал больше не существует.</translation>
    </message>
    <message>
        <source>{names} cannot attend: their delegation does not take part in the meeting.</source>
        <translation>{names} не может участвовать: его делегация не участвует во встрече.</translation>
    </message>
    <message>
        <source>A chosen financing request no longer exists.</source>
        <translation>Выбранная заявка на финансирование больше не существует.</translation>
    </message>
    <message>
        <source>The meeting has no title; type one.</source>
        <translation>У встречи нет названия; введите его.</translation>
    </message>
    <message>
        <source>{day} is outside the summit, which runs from {first_day} to {last_day}.</source>
        <translation>{day} — вне дней саммита, который проходит с {first_day} по {last_day}.</translation>
    </message>
    <message>
        <source>A meeting lasts from {shortest} minutes to 24 hours; the end must come after the start.</source>
        <translation>Встреча длится от {shortest} минут до 24 часов; окончание должно быть позже начала.</translation>
    </message>
    <message>
        <source>“{level}” is not a meeting level.</source>
        <translation>«{level}» — не уровень встречи.</translation>
    </message>
    <message>
        <source>“{status}” is not a meeting status.</source>
        <translation>«{status}» — не статус встречи.</translation>
    </message>
    <message>
        <source>A priority is 1 (highest) to 4 (lowest).</source>
        <translation>Приоритет — от 1 (высший) до 4 (низший).</translation>
    </message>
    <message>
        <source>The latest start comes before the earliest; swap or clear them.</source>
        <translation>Самое позднее начало раньше самого раннего; поменяйте их местами или очистите.</translation>
    </message>
    <message>
        <source>Minutes allotted to an issue must be 0 or more.</source>
        <translation>Время, отведённое на вопрос, должно быть не меньше 0 минут.</translation>
    </message>
    <message>
        <source>An issue on the agenda no longer exists.</source>
        <translation>Вопрос из повестки дня больше не существует.</translation>
    </message>
    <message>
        <source>Choose at least one delegation for the meeting.</source>
        <translation>Выберите хотя бы одну делегацию для встречи.</translation>
    </message>
    <message>
        <source>A chosen delegation no longer exists.</source>
        <translation>Выбранная делегация больше не существует.</translation>
    </message>
    <message>
        <source>A meeting has one host; choose only one.</source>
        <translation>У встречи одна принимающая сторона; выберите только одну.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount; type digits, e.g. 250000000 or 1,250,000.50.</source>
        <translation>«{text}» — не сумма; введите цифры, например 250000000 или 1,250,000.50.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <source>The amount is too large to be real; check the zeros.</source>
        <translation>Сумма слишком велика, чтобы быть реальной; проверьте нули.</translation>
    </message>
    <message>
        <source>Amounts have at most two decimals.</source>
        <translation>В сумме не более двух знаков после запятой.</translation>
    </message>
    <message>
        <source>“{text}” is not a rate; type e.g. 0.1392.</source>
        <translation>«{text}» — не курс; введите, например, 0.1392.</translation>
    </message>
    <message>
        <source>The rate must be more than zero and below a million.</source>
        <translation>Курс должен быть больше нуля и меньше миллиона.</translation>
    </message>
    <message>
        <source>“{code}” is not a currency code; use ISO 4217, e.g. USD, CNY.</source>
        <translation>«{code}» — не код валюты; используйте ISO 4217, например USD, CNY.</translation>
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
        <translation>тыс.</translation>
    </message>
    <message>
        <source>The data folder {folder} {problem}, so nothing can be saved there; make it a folder you can write to, or set {variable} to another folder.</source>
        <translation>Папка данных {folder} {problem}, поэтому в ней ничего нельзя сохранить; сделайте её доступной для записи или укажите в {variable} другую папку.</translation>
    </message>
    <message>
        <source>is a link to a folder that does not exist</source>
        <translation>является ссылкой на несуществующую папку</translation>
    </message>
    <message>
        <source>is a file, not a folder</source>
        <translation>является файлом, а не папкой</translation>
    </message>
    <message>
        <source>cannot be created (a file stands where one of its folders should be)</source>
        <translation>не может быть создана (на месте одной из её папок находится файл)</translation>
    </message>
    <message>
        <source>cannot be created ({reason})</source>
        <translation>не может быть создана ({reason})</translation>
    </message>
    <message>
        <source>cannot be written to (permission denied)</source>
        <translation>недоступна для записи (доступ запрещён)</translation>
    </message>
    <message>
        <source>“{value}” is not a stance.</source>
        <translation>«{value}» — не позиция.</translation>
    </message>
    <message>
        <source>An issue or delegation of the selection no longer exists.</source>
        <translation>Вопрос или делегация из выделения больше не существует.</translation>
    </message>
    <message>
        <source>The {label} no longer exists; it may have been deleted.</source>
        <translation>Запись ({label}) больше не существует; возможно, она была удалена.</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>делегация</translation>
    </message>
    <message>
        <source>person</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>room</source>
        <translation>зал</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>встреча</translation>
    </message>
    <message>
        <source>meeting delegation</source>
        <translation>делегация на встрече</translation>
    </message>
    <message>
        <source>attendee</source>
        <translation>участник встречи</translation>
    </message>
    <message>
        <source>track</source>
        <translation>направление</translation>
    </message>
    <message>
        <source>agenda issue</source>
        <translation>вопрос повестки дня</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>пункт повестки дня</translation>
    </message>
    <message>
        <source>position</source>
        <translation>позиция</translation>
    </message>
    <message>
        <source>lender</source>
        <translation>кредитор</translation>
    </message>
    <message>
        <source>envelope</source>
        <translation>пакет финансирования</translation>
    </message>
    <message>
        <source>exchange rate</source>
        <translation>курс валюты</translation>
    </message>
    <message>
        <source>financing request</source>
        <translation>заявка на финансирование</translation>
    </message>
    <message>
        <source>financing request&apos;s meeting</source>
        <translation>встреча по заявке на финансирование</translation>
    </message>
    <message>
        <source>financing status change</source>
        <translation>изменение статуса финансирования</translation>
    </message>
    <message>
        <source>summit</source>
        <translation>саммит</translation>
    </message>
    <message>
        <source>{what} could not be saved: {reason}. Nothing was changed.</source>
        <translation>{what}: не удалось сохранить ({reason}). Ничего не изменено.</translation>
    </message>
    <message>
        <source>The {label}</source>
        <translation>Запись ({label})</translation>
    </message>
    <message>
        <source>The {label} is still in use and was not deleted.</source>
        <translation>Запись ({label}) ещё используется и не была удалена.</translation>
    </message>
    <message>
        <source>Deleting the {label}</source>
        <translation>Удаление записи ({label})</translation>
    </message>
    <message>
        <source>Restoring the {label}</source>
        <translation>Восстановление записи ({label})</translation>
    </message>
    <message>
        <source>A cleaned copy cannot replace the received file; choose another name.</source>
        <translation>Очищенная копия не может заменить полученный файл; выберите другое имя.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}.</source>
        <translation>{name} не удаётся прочитать: {error}.</translation>
    </message>
    <message>
        <source>{name} holds no summit description; it is incomplete.</source>
        <translation>В {name} нет описания саммита; файл неполный.</translation>
    </message>
    <message>
        <source>A copy cannot replace the file it is made from; choose another name.</source>
        <translation>Копия не может заменить файл, с которого она снимается; выберите другое имя.</translation>
    </message>
    <message>
        <source>The summit&apos;s name is empty; type one.</source>
        <translation>Название саммита не заполнено; введите его.</translation>
    </message>
    <message>
        <source>Give the summit&apos;s first and last day.</source>
        <translation>Укажите первый и последний день саммита.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>Последний день раньше первого.</translation>
    </message>
    <message>
        <source>A summit may last at most {longest} days; check the dates.</source>
        <translation>Саммит может длиться не более {longest} дней; проверьте даты.</translation>
    </message>
    <message>
        <source>“{currency}” is not a currency code; use ISO 4217, e.g. USD.</source>
        <translation>«{currency}» — не код валюты; используйте ISO 4217, например USD.</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>Рабочий день должен заканчиваться позже, чем начинается.</translation>
    </message>
    <message>
        <source>The slot length must be 5 to 120 minutes.</source>
        <translation>Шаг сетки должен быть от 5 до 120 минут.</translation>
    </message>
    <message>
        <source>The transfer time must be 0 to 240 minutes.</source>
        <translation>Время на переезд должно быть от 0 до 240 минут.</translation>
    </message>
    <message>
        <source>The home delegation no longer exists.</source>
        <translation>Своя делегация больше не существует.</translation>
    </message>
    <message>
        <source>“{name}” is not a time zone; use a name such as Asia/Almaty.</source>
        <translation>«{name}» — не часовой пояс; используйте название вида Asia/Almaty.</translation>
    </message>
    <message>
        <source>The track has no name; type one.</source>
        <translation>У направления нет названия; введите его.</translation>
    </message>
    <message>
        <source>Delete one track at a time.</source>
        <translation>Удаляйте направления по одному.</translation>
    </message>
    <message numerus="yes">
        <source>The track %1 has %n issue; choose the track it moves to.</source>
        <comment>The track %1 has %n issues; choose the track they move to.</comment>
        <translation>
            <numerusform>В направлении %1 %n вопрос; выберите направление, куда его перенести.</numerusform>
            <numerusform>В направлении %1 %n вопроса; выберите направление, куда их перенести.</numerusform>
            <numerusform>В направлении %1 %n вопросов; выберите направление, куда их перенести.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose another existing track for its issues.</source>
        <translation>Выберите другое существующее направление для его вопросов.</translation>
    </message>
    <message>
        <source>Deleting the track {name}</source>
        <translation>Удаление направления {name}</translation>
    </message>
    <message>
        <source>Restoring the track {name}</source>
        <translation>Восстановление направления {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n seat · {building}</source>
        <comment>%n seats · {building}</comment>
        <translation>
            <numerusform>%n место · {building}</numerusform>
            <numerusform>%n места · {building}</numerusform>
            <numerusform>%n мест · {building}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat</source>
        <comment>%n seats</comment>
        <translation>
            <numerusform>%n место</numerusform>
            <numerusform>%n места</numerusform>
            <numerusform>%n мест</numerusform>
        </translation>
    </message>
    <message>
        <source>No room yet</source>
        <translation>Зал не назначен</translation>
    </message>
    <message>
        <source>to be assigned</source>
        <translation>будет назначен</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more conflict (see the Conflicts panel&apos;s groups).</source>
        <comment>… and %n more conflicts (see the Conflicts panel&apos;s groups).</comment>
        <translation>
            <numerusform>… и ещё %n конфликт (см. группы на панели конфликтов).</numerusform>
            <numerusform>… и ещё %n конфликта (см. группы на панели конфликтов).</numerusform>
            <numerusform>… и ещё %n конфликтов (см. группы на панели конфликтов).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Part of %n conflict (see the Conflicts panel&apos;s groups).</source>
        <comment>Part of %n conflicts (see the Conflicts panel&apos;s groups).</comment>
        <translation>
            <numerusform>Участвует в %n конфликте (см. группы на панели конфликтов).</numerusform>
            <numerusform>Участвует в %n конфликтах (см. группы на панели конфликтов).</numerusform>
            <numerusform>Участвует в %n конфликтах (см. группы на панели конфликтов).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Файла {path} нет.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a summit file.</source>
        <translation>{path} — это папка, а не файл саммита.</translation>
    </message>
    <message>
        <source>{name} is not a regular file, so it is not a summit file.</source>
        <translation>{name} не является обычным файлом, поэтому это не файл саммита.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {strerror}.</source>
        <translation>{name} не удаётся прочитать: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is empty, so it is not a summit file.</source>
        <translation>{name} пуст, поэтому это не файл саммита.</translation>
    </message>
    <message>
        <source>{name} is a spreadsheet or another ZIP archive, not a summit file; use Import to read agenda issues from a spreadsheet.</source>
        <translation>{name} — электронная таблица или другой ZIP-архив, а не файл саммита; чтобы прочитать вопросы повестки дня из таблицы, используйте импорт.</translation>
    </message>
    <message>
        <source>{name} is not a summit file.</source>
        <translation>{name} — не файл саммита.</translation>
    </message>
    <message>
        <source>{name} is a database of another application, not a summit file.</source>
        <translation>{name} — база данных другого приложения, а не файл саммита.</translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of Summit Planner (file format {user_version}, this version reads up to {supported}); install the newer version to open it.</source>
        <translation>{name} сохранён более новой версией Summit Planner (формат файла {user_version}, эта версия читает до {supported}); установите новую версию, чтобы открыть его.</translation>
    </message>
    <message>
        <source>{name} is incomplete: it was never fully created.</source>
        <translation>{name} неполон: он так и не был создан до конца.</translation>
    </message>
    <message>
        <source>{name} was left as it is: {journal} beside it {problem}, not a journal of unfinished changes; remove it and try again.</source>
        <translation>{name} оставлен как есть: рядом с ним {journal} {problem}, а не журнал незавершённых изменений; удалите его и повторите попытку.</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason}); it was left as it is. Open a backup instead.</source>
        <translation>{name} повреждён ({reason}); он оставлен как есть. Откройте вместо него резервную копию.</translation>
    </message>
    <message>
        <source>{name} uses an older file format and must be upgraded before it can be opened read-only.</source>
        <translation>{name} использует старый формат файла, и его нужно обновить, прежде чем открывать только для чтения.</translation>
    </message>
    <message>
        <source>{name} was not opened: its backup could not be written to {backup_dir} ({error}).</source>
        <translation>{name} не открыт: не удалось записать его резервную копию в {backup_dir} ({error}).</translation>
    </message>
    <message>
        <source>{name} already exists; choose another name.</source>
        <translation>{name} уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be written to {parent}: {strerror}.</source>
        <translation>Не удалось записать очищенную копию в {parent}: {strerror}.</translation>
    </message>
    <message>
        <source>{name} could not be cleaned ({error}).</source>
        <translation>{name} не удалось очистить ({error}).</translation>
    </message>
    <message>
        <source>{name} could not be cleaned ({problem}).</source>
        <translation>{name} не удалось очистить ({problem}).</translation>
    </message>
    <message>
        <source>the copy could not be cleaned: its problems did not come to an end</source>
        <translation>копию не удалось очистить: её проблемы не заканчивались</translation>
    </message>
    <message>
        <source>it holds no summit description, so no copy can be made</source>
        <translation>в нём нет описания саммита, поэтому копию сделать нельзя</translation>
    </message>
    <message>
        <source>its summit description cannot be mended ({where})</source>
        <translation>его описание саммита нельзя исправить ({where})</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Папки {parent} не существует.</translation>
    </message>
    <message>
        <source>{name} could not be created: {write_failure}.</source>
        <translation>Не удалось создать {name}: {write_failure}.</translation>
    </message>
    <message>
        <source>{path} {problem}, not a summit file; choose another name.</source>
        <translation>{path} {problem}, а не файл саммита; выберите другое имя.</translation>
    </message>
    <message>
        <source>The copy could not be written: {write_failure}.</source>
        <translation>Не удалось записать копию: {write_failure}.</translation>
    </message>
    <message>
        <source>The copy could not be written to {parent}: {write_failure}.</source>
        <translation>Не удалось записать копию в {parent}: {write_failure}.</translation>
    </message>
    <message>
        <source>Upgrading to file format {version} ({description}) left {count} broken references.</source>
        <translation>Обновление до формата файла {version} ({description}) оставило неверных ссылок: {count}.</translation>
    </message>
    <message>
        <source>{name} could not be upgraded to the current file format ({write_failure}); it was left as it was, and a copy is in {backup}.</source>
        <translation>Не удалось обновить {name} до текущего формата файла ({write_failure}); файл оставлен как был, а его копия находится в {backup}.</translation>
    </message>
    <message>
        <source>{name} could not be upgraded to the current file format ({write_failure}); it was left as it was.</source>
        <translation>Не удалось обновить {name} до текущего формата файла ({write_failure}); файл оставлен как был.</translation>
    </message>
    <message>
        <source>{name} was left unfinished by a crash and could not be recovered ({reason}); it was left as it is. Open a backup instead.</source>
        <translation>{name} остался незавершённым после сбоя и не может быть восстановлен ({reason}); он оставлен как есть. Откройте вместо него резервную копию.</translation>
    </message>
    <message>
        <source>{name} was left unfinished by a crash, and its recovered state could not be written back ({error}); it was left as it is.</source>
        <translation>{name} остался незавершённым после сбоя, и его восстановленное состояние не удалось записать обратно ({error}); он оставлен как есть.</translation>
    </message>
    <message>
        <source>{name} is a symbolic link that leads round in a loop; open the file itself.</source>
        <translation>{name} — символическая ссылка, ведущая по кругу; откройте сам файл.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the file grew larger than this system allows</source>
        <translation>файл превысил размер, допустимый в этой системе</translation>
    </message>
    <message>
        <source>Delegations: %1</source>
        <translation>Делегации: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Вид: %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Уровень: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Повестка дня:</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>Страница &amp;P из &amp;N</translation>
    </message>
    <message>
        <source>Summit Planner</source>
        <translation>Summit Planner</translation>
    </message>
    <message>
        <source>positions, talking points, red lines and fallbacks; financing requests; the agenda issues list; conflicts; meeting notes; and the meetings other delegations hold alone</source>
        <translation>позиции, тезисы, красные линии и запасные позиции; заявки на финансирование; перечень вопросов повестки дня; конфликты; заметки о встречах; встречи, которые другие делегации проводят без нас</translation>
    </message>
    <message>
        <source>Nobody in this summit is called “{query}”; give a person&apos;s name or id as the Delegations section lists them.</source>
        <translation>В этом саммите нет участника «{query}»; укажите имя или номер участника так, как они указаны в разделе «Делегации».</translation>
    </message>
    <message>
        <source>“{query}” fits {count} people ({names}…); give a full name or id.</source>
        <translation>Запросу «{query}» соответствуют несколько участников ({count}: {names}…); укажите полное имя или номер.</translation>
    </message>
    <message>
        <source>{day} is not a day of this summit (it runs from {first} to {last}); choose one of its days.</source>
        <translation>{day} — не день этого саммита (он проходит с {first} по {last}); выберите один из его дней.</translation>
    </message>
    <message>
        <source>(%1 at home)</source>
        <translation>(%1 в столице)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>Room to be announced</source>
        <translation>Зал будет объявлен</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <comment>(and %n more)</comment>
        <translation>
            <numerusform>(и ещё %n)</numerusform>
            <numerusform>(и ещё %n)</numerusform>
            <numerusform>(и ещё %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· and %n more</source>
        <comment>· and %n more</comment>
        <translation>
            <numerusform>· и ещё %n</numerusform>
            <numerusform>· и ещё %n</numerusform>
            <numerusform>· и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Times in %1 time (%2)</source>
        <translation>Местное время: %1 (%2)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>With</source>
        <translation>С кем</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Программа: %1</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(продолжение)</translation>
    </message>
    <message>
        <source>No meetings on this day.</source>
        <translation>В этот день встреч нет.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>The export was cancelled; the earlier file was left as it was.</source>
        <translation>Экспорт отменён; прежний файл оставлен как был.</translation>
    </message>
    <message>
        <source>schedule and briefing</source>
        <translation>расписание и справочные материалы</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>программа</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>показать номер версии программы и выйти</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>обязательные аргументы не указаны: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимый вариант: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ожидается один аргумент</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение типа %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <source>The title is empty; the row was skipped.</source>
        <translation>Название пусто; строка пропущена.</translation>
    </message>
    <message>
        <source>Row {row} repeats row {earlier}; the later row is imported.</source>
        <translation>Строка {row} повторяет строку {earlier}; импортируется более поздняя строка.</translation>
    </message>
    <message>
        <source>“{value}” is not a known {field}; {default} was taken.</source>
        <translation>«{value}» — неизвестное значение поля «{field}»; взято значение {default}.</translation>
    </message>
    <message>
        <source>“{lead}” is not a delegation of this summit; no lead was set.</source>
        <translation>«{lead}» — не делегация этого саммита; ведущая делегация не задана.</translation>
    </message>
    <message>
        <source>“{due}” is not a date (use 16.06.2025 or 2025-06-16); no due date was set.</source>
        <translation>«{due}» — не дата (используйте 16.06.2025 или 2025-06-16); срок не задан.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of {source} has no header row naming at least two of {fields} in its first 30 rows.</source>
        <translation>На листе «{sheet}» файла {source} в первых 30 строках нет строки заголовков, в которой названы хотя бы два из полей: {fields}.</translation>
    </message>
    <message>
        <source>No column of sheet “{sheet}” is the issue&apos;s title; map one with --map &quot;HEADER=title&quot; (or in the import window).</source>
        <translation>Ни один столбец листа «{sheet}» не является названием вопроса; сопоставьте его с помощью --map &quot;HEADER=title&quot; (или в окне импорта).</translation>
    </message>
    <message>
        <source>Sheet “{name}” of {source} has no header row naming at least two of {fields} in its first 30 rows.</source>
        <translation>На листе «{name}» файла {source} в первых 30 строках нет строки заголовков, в которой названы хотя бы два из полей: {fields}.</translation>
    </message>
    <message>
        <source>Sheet “{name}” has no column for the meeting&apos;s {fields}; map one with --map &quot;HEADER=field&quot; (or in the import window).</source>
        <translation>На листе «{name}» нет столбца для следующих данных встречи: {fields}; сопоставьте столбец с помощью --map &quot;HEADER=field&quot; (или в окне импорта).</translation>
    </message>
    <message>
        <source>There is no room called “{room}”; none was set.</source>
        <translation>Зала «{room}» нет; зал не задан.</translation>
    </message>
    <message>
        <source>{source} holds no sheet to import from; save it again from Excel.</source>
        <translation>В {source} нет листа для импорта; сохраните его заново из Excel.</translation>
    </message>
    <message>
        <source>{source} has no sheet called “{wanted}”; its sheets are {names}.</source>
        <translation>В {source} нет листа «{wanted}»; его листы: {names}.</translation>
    </message>
    <message>
        <source>There is no {kind} {id}.</source>
        <translation>Записи {kind} {id} нет.</translation>
    </message>
    <message>
        <source>“{language}” is not one of ru, zh, kk.</source>
        <translation>«{language}» — не один из языков ru, zh, kk.</translation>
    </message>
    <message>
        <source>There is already a {kind} called “{name}”.</source>
        <translation>Запись {kind} с названием «{name}» уже есть.</translation>
    </message>
    <message>
        <source>This person is no longer in the summit.</source>
        <translation>Этого участника больше нет в саммите.</translation>
    </message>
    <message>
        <source>would move</source>
        <translation>будет перенесено</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>перенесено</translation>
    </message>
    <message numerus="yes">
        <source>{n} meeting placed; {verb} {m}.</source>
        <comment>{n} meetings placed; {verb} {m}.</comment>
        <translation>
            <numerusform>Размещена {n} встреча; {verb}: {m}.</numerusform>
            <numerusform>Размещены {n} встречи; {verb}: {m}.</numerusform>
            <numerusform>Размещено {n} встреч; {verb}: {m}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} error left ({before} before).</source>
        <comment>{n} errors left ({before} before).</comment>
        <translation>
            <numerusform>Осталась {n} ошибка (было {before}).</numerusform>
            <numerusform>Осталось {n} ошибки (было {before}).</numerusform>
            <numerusform>Осталось {n} ошибок (было {before}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{meeting}: its own limits ({limits}) leave no start within the summit&apos;s days and working hours; widen them.</source>
        <translation>{meeting}: собственные ограничения встречи ({limits}) не оставляют времени начала в днях и рабочих часах саммита; расширьте их.</translation>
    </message>
    <message>
        <source> within its own limits ({limits}).</source>
        <translation> в пределах собственных ограничений ({limits}).</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>день: {day}</translation>
    </message>
    <message>
        <source>from {time}</source>
        <translation>с {time}</translation>
    </message>
    <message>
        <source>starting by {time}</source>
        <translation>с началом не позже {time}</translation>
    </message>
    <message>
        <source>{meeting} is longer than the working day; shorten it or extend the working hours.</source>
        <translation>Встреча {meeting} длиннее рабочего дня; сократите её или продлите рабочее время.</translation>
    </message>
    <message>
        <source>{meeting}: no room seats its {seats} required attendees; add a larger room.</source>
        <translation>{meeting}: ни один зал не вмещает её обязательных участников ({seats}); добавьте зал побольше.</translation>
    </message>
    <message numerus="yes">
        <source>{meeting}: {who} has no free {minutes} minutes in common with the others on {days}.</source>
        <comment>{meeting}: {who} have no free {minutes} minutes in common on {days}.</comment>
        <translation>
            <numerusform>{meeting}: у {who} нет общих свободных {minutes} минут с остальными в дни: {days}.</numerusform>
            <numerusform>{meeting}: у {who} нет общих свободных {minutes} минут в дни: {days}.</numerusform>
            <numerusform>{meeting}: у {who} нет общих свободных {minutes} минут в дни: {days}.</numerusform>
        </translation>
    </message>
    <message>
        <source>; when they are free, no room seating {seats} is free.</source>
        <translation>; когда они свободны, нет свободного зала на {seats} мест.</translation>
    </message>
    <message>
        <source>{meeting}: when everyone is free, no room seating {seats} is free on {days}.</source>
        <translation>{meeting}: когда все свободны, в дни {days} нет свободного зала на {seats} мест.</translation>
    </message>
    <message>
        <source>It clashed: {conflict}</source>
        <translation>Была накладка: {conflict}</translation>
    </message>
    <message>
        <source>Requested; placed where everyone and a room are free.</source>
        <translation>Запрошена; размещена там, где свободны все участники и зал.</translation>
    </message>
    <message>
        <source>Moved to make room for a meeting that clashed.</source>
        <translation>Перенесена, чтобы освободить место для встречи, с которой была накладка.</translation>
    </message>
    <message>
        <source>The schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>A meeting to move no longer exists; run the scheduler again.</source>
        <translation>Встречи для переноса больше нет; запустите планировщик снова.</translation>
    </message>
    <message>
        <source>Repair Schedule</source>
        <translation>Исправить расписание</translation>
    </message>
    <message>
        <source>Schedule All</source>
        <translation>Составить всё расписание</translation>
    </message>
    <message>
        <source>Type a time of day, such as 14:30.</source>
        <translation>Введите время суток, например 14:30.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day: type hours and minutes, such as 14:30.</source>
        <translation>«%1» — не время суток: введите часы и минуты, например 14:30.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day: hours go from 00 to 23.</source>
        <translation>«%1» — не время суток: часы — от 00 до 23.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day: minutes go from 00 to 59.</source>
        <translation>«%1» — не время суток: минуты — от 00 до 59.</translation>
    </message>
    <message numerus="yes">
        <source>Total of the %n request shown: %1</source>
        <comment>Total of the %n requests shown: %1</comment>
        <translation>
            <numerusform>Итого по %n показанной заявке: %1</numerusform>
            <numerusform>Итого по %n показанным заявкам: %1</numerusform>
            <numerusform>Итого по %n показанным заявкам: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row checked…</source>
        <comment>%n rows checked…</comment>
        <translation>
            <numerusform>Проверена %n строка…</numerusform>
            <numerusform>Проверены %n строки…</numerusform>
            <numerusform>Проверено %n строк…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row read…</source>
        <comment>%n rows read…</comment>
        <translation>
            <numerusform>Прочитана %n строка…</numerusform>
            <numerusform>Прочитаны %n строки…</numerusform>
            <numerusform>Прочитано %n строк…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n sheet</source>
        <comment>%1: %n sheets</comment>
        <translation>
            <numerusform>%1: %n лист</numerusform>
            <numerusform>%1: %n листа</numerusform>
            <numerusform>%1: %n листов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row</source>
        <comment>%n rows</comment>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict</source>
        <comment>%n conflicts</comment>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no delegation {wanted} in this summit (it has {known}).</source>
        <translation>В этом саммите нет делегации {wanted} (есть: {known}).</translation>
    </message>
    <message>
        <source>{path} {problem}, not a file; choose another name to export to.</source>
        <translation>{path} {problem}, а не файл; выберите другое имя для экспорта.</translation>
    </message>
    <message>
        <source>{path} is a summit file (or another database), which an export never replaces; choose another name to export to.</source>
        <translation>{path} — файл саммита (или другая база данных), а экспорт никогда его не заменяет; выберите другое имя для экспорта.</translation>
    </message>
    <message>
        <source>{path} could not be written: {write_failure}.</source>
        <translation>Не удалось записать {path}: {write_failure}.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт отменён; ничего не изменено.</translation>
    </message>
    <message>
        <source>Sheet “{name}” of {source} has values in more than {max_columns} columns (as far as column {column_letter} in row {number}); at most {max_columns} columns can be imported: copy the table to a file of its own without the other columns and import that.</source>
        <translation>На листе «{name}» файла {source} значения занимают больше {max_columns} столбцов (до столбца {column_letter} в строке {number}); импортировать можно не более {max_columns} столбцов: скопируйте таблицу в отдельный файл без остальных столбцов и импортируйте его.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a workbook ({error_kind}); open it in Excel or LibreOffice, save it again, and import that.</source>
        <translation>{name} не читается как книга ({error_kind}); откройте его в Excel или LibreOffice, сохраните заново и импортируйте.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete (it may not have finished downloading); ask for it again.</source>
        <translation>{name} повреждён или неполон (возможно, он не докачался); запросите его ещё раз.</translation>
    </message>
    <message>
        <source>Sheet “{name}” of {source} has no header row with an issue code column and at least one delegation column in its first 30 rows.</source>
        <translation>На листе «{name}» файла {source} в первых 30 строках нет строки заголовков со столбцом кода вопроса и хотя бы одним столбцом делегации.</translation>
    </message>
    <message>
        <source>{name} is {kind}; choose a spreadsheet or CSV file to import.</source>
        <translation>{name} — {kind}; выберите таблицу или файл CSV для импорта.</translation>
    </message>
    <message>
        <source>{name} is empty; there is nothing to import.</source>
        <translation>{name} пуст; импортировать нечего.</translation>
    </message>
    <message>
        <source>{name} is larger than 100 MB; split it into smaller files.</source>
        <translation>{name} больше 100 МБ; разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <source>{name} is an old Excel 97–2003 workbook or a password-protected one; open it in Excel or LibreOffice, save it as .xlsx without a password, and import that.</source>
        <translation>{name} — старая книга Excel 97–2003 или книга, защищённая паролем; откройте её в Excel или LibreOffice, сохраните как .xlsx без пароля и импортируйте.</translation>
    </message>
    <message>
        <source>{name} holds XML that is not well formed ({error}); save it again from Excel.</source>
        <translation>{name} содержит некорректный XML ({error}); сохраните его заново из Excel.</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet or a text table.</source>
        <translation>{name} — не таблица и не текстовая таблица.</translation>
    </message>
    <message>
        <source>Line {number} of {name} is longer than {max_line} characters, which no row of a table is; the file was not imported.</source>
        <translation>Строка {number} файла {name} длиннее {max_line} символов, чего не бывает в строке таблицы; файл не импортирован.</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV table ({error}).</source>
        <translation>{name} — нечитаемая таблица CSV ({error}).</translation>
    </message>
    <message>
        <source>{name} has no rows to import.</source>
        <translation>В {name} нет строк для импорта.</translation>
    </message>
    <message>
        <source>The safe XML reader (defusedxml) is missing, so spreadsheets cannot be imported; reinstall Summit Planner.</source>
        <translation>Отсутствует безопасный модуль чтения XML (defusedxml), поэтому таблицы импортировать нельзя; переустановите Summit Planner.</translation>
    </message>
    <message>
        <source>{name} holds {count} parts; it is not a normal workbook.</source>
        <translation>{name} содержит частей: {count}; это не обычная книга.</translation>
    </message>
    <message>
        <source>{name} contains a part that would unpack to {file_size} bytes from almost nothing (a zip bomb); it was not opened.</source>
        <translation>{name} содержит часть, которая почти из ничего распаковалась бы в {file_size} байт (zip-бомба); файл не открыт.</translation>
    </message>
    <message>
        <source>{name} would unpack to more than 400 MB; it was not opened.</source>
        <translation>{name} распаковался бы в объём более 400 МБ; файл не открыт.</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive but neither an Excel workbook (.xlsx) nor a LibreOffice spreadsheet (.ods).</source>
        <translation>{name} — ZIP-архив, но не книга Excel (.xlsx) и не таблица LibreOffice (.ods).</translation>
    </message>
    <message>
        <source>{name} lists more than {max_styles} styles ({part}), more than Excel allows; it was not opened: copy its table into a new workbook and import that.</source>
        <translation>В {name} больше {max_styles} стилей ({part}) — больше, чем допускает Excel; файл не открыт: скопируйте таблицу в новую книгу и импортируйте её.</translation>
    </message>
    <message>
        <source>{name} holds more than {max_shared_strings} texts or {max_shared_characters} characters of text, more than any list to import; it was not opened: split it into smaller files.</source>
        <translation>В {name} больше {max_shared_strings} текстов или {max_shared_characters} символов текста — больше, чем в любом списке для импорта; файл не открыт: разделите его на файлы поменьше.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting</source>
        <comment>%1: %n meetings</comment>
        <translation>
            <numerusform>%1: %n встреча</numerusform>
            <numerusform>%1: %n встречи</numerusform>
            <numerusform>%1: %n встреч</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Расписание</translation>
    </message>
    <message>
        <source>Schedule &amp;All…</source>
        <translation>&amp;Составить всё расписание…</translation>
    </message>
    <message>
        <source>&amp;Repair…</source>
        <translation>&amp;Исправить…</translation>
    </message>
    <message>
        <source>Not shown: your role has no access to confidential fields</source>
        <translation>Не показано: у вашей роли нет доступа к конфиденциальным полям</translation>
    </message>
    <message>
        <source>{problem}; it was left as it is.</source>
        <translation>{problem}; файл оставлен как есть.</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <source>the table “{name}”</source>
        <translation>таблица «{name}»</translation>
    </message>
    <message>
        <source>the index “{name}”</source>
        <translation>индекс «{name}»</translation>
    </message>
    <message>
        <source>the trigger “{name}”</source>
        <translation>триггер «{name}»</translation>
    </message>
    <message>
        <source>the view “{name}”</source>
        <translation>представление «{name}»</translation>
    </message>
    <message>
        <source>the {kind} “{name}”</source>
        <translation>объект {kind} «{name}»</translation>
    </message>
    <message>
        <source>{file} is not complete: {object} is missing</source>
        <translation>{file} неполон: отсутствует {object}</translation>
    </message>
    <message>
        <source>{file} has {object} defined differently from a summit file</source>
        <translation>В {file} определено иначе, чем в файле саммита: {object}</translation>
    </message>
    <message>
        <source>{file} holds {object}, which is not part of a summit file and could change or hide its data</source>
        <translation>В {file} есть {object}; в файле саммита такого объекта нет, а такой объект может изменить или скрыть данные файла</translation>
    </message>
    <message>
        <source>{file} holds {object}, which is not part of a summit file</source>
        <translation>В {file} есть {object}; в файле саммита такого объекта нет</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not 0 or 1</source>
        <translation>В {file} в строке {row} таблицы {table}, столбец {column}, записано «{value}»: это не 0 и не 1</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not a whole number</source>
        <translation>В {file} в строке {row} таблицы {table}, столбец {column}, записано «{value}»: это не целое число</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not a time such as 2025-06-16T04:00:00Z</source>
        <translation>В {file} в строке {row} таблицы {table}, столбец {column}, записано «{value}»: это не время вида 2025-06-16T04:00:00Z</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not a decimal number below 10^15</source>
        <translation>В {file} в строке {row} таблицы {table}, столбец {column}, записано «{value}»: это не десятичное число меньше 10^15</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not a date such as 2025-06-16</source>
        <translation>В {file} в строке {row} таблицы {table}, столбец {column}, записано «{value}»: это не дата вида 2025-06-16</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not a time of day such as 08:00:00</source>
        <translation>В {file} в строке {row} таблицы {table}, столбец {column}, записано «{value}»: это не время суток вида 08:00:00</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not text</source>
        <translation>В {file} в строке {row} таблицы {table}, столбец {column}, записано «{value}»: это не текст</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not one of the words {words}</source>
        <translation>В {file} в строке {row} таблицы {table}, столбец {column}, записано «{value}»: это не одно из слов {words}</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is empty</source>
        <translation>В {file} в строке {row} таблицы {table}, столбец {column}, записано «{value}»: значение пустое</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not a colour such as #1F77B4</source>
        <translation>В {file} в строке {row} таблицы {table}, столбец {column}, записано «{value}»: это не цвет вида #1F77B4</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not a currency code such as USD</source>
        <translation>В {file} в строке {row} таблицы {table}, столбец {column}, записано «{value}»: это не код валюты вида USD</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which breaks the rule {rule}</source>
        <translation>В {file} в строке {row} таблицы {table}, столбец {column}, записано «{value}»: это нарушает правило {rule}</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which makes the summit longer than {days} days</source>
        <translation>В {file} в строке {row} таблицы {table}, столбец {column}, записано «{value}»: из-за этого саммит длится дольше {days} дней</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which makes the meeting longer than 24 hours</source>
        <translation>В {file} в строке {row} таблицы {table}, столбец {column}, записано «{value}»: из-за этого встреча длится дольше 24 часов</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which refers to no row of the table {parent}</source>
        <translation>В {file} в строке {row} таблицы {table}, столбец {column}, записано «{value}»: это ссылка на строку таблицы {parent}, которой нет</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not a time zone</source>
        <translation>В {file} в строке {row} таблицы {table}, столбец {column}, записано «{value}»: это не часовой пояс</translation>
    </message>
    <message>
        <source>{file} holds nothing (NULL) in row {row} of the table {table}, column {column}, which is required</source>
        <translation>В {file} в строке {row} таблицы {table} нет значения (NULL) в столбце {column}, а оно обязательно</translation>
    </message>
    <message>
        <source>{file} holds no summit description (table {table})</source>
        <translation>В {file} нет описания саммита (таблица {table})</translation>
    </message>
    <message>
        <source>{file} holds {count} summit descriptions (table {table})</source>
        <translation>В {file} описаний саммита: {count} (таблица {table}), а должно быть одно</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {out} (a programme of %n meeting)</source>
        <comment>Wrote {out} (a programme of %n meetings)</comment>
        <translation>
            <numerusform>Записан файл {out} (в программе %n встреча)</numerusform>
            <numerusform>Записан файл {out} (в программе %n встречи)</numerusform>
            <numerusform>Записан файл {out} (в программе %n встреч)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {out}</source>
        <translation>Записан файл {out}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {out} (%n event)</source>
        <comment>Wrote {out} (%n events)</comment>
        <translation>
            <numerusform>Записан файл {out} (%n событие)</numerusform>
            <numerusform>Записан файл {out} (%n события)</numerusform>
            <numerusform>Записан файл {out} (%n событий)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Issue</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Type a code or words of the title…</source>
        <translation>Введите код или слова из названия…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>%1 of %2 minutes allotted</source>
        <translation>Распределено %1 из %2 минут</translation>
    </message>
    <message>
        <source>More minutes are allotted than the meeting lasts.</source>
        <translation>Распределено больше минут, чем длится встреча.</translation>
    </message>
</context>
<context>
    <name>AutoScheduleDialog</name>
    <message>
        <source>Repair Schedule</source>
        <translation>Исправить расписание</translation>
    </message>
    <message>
        <source>Schedule All</source>
        <translation>Составить всё расписание</translation>
    </message>
    <message>
        <source>Remove every error, moving as few meetings as possible. Pinned and held meetings never move.</source>
        <translation>Устранить все ошибки, перенеся как можно меньше встреч. Закреплённые и состоявшиеся встречи не переносятся.</translation>
    </message>
    <message>
        <source>Place every requested meeting where its delegations, people and a room are free. Other meetings stay where they are.</source>
        <translation>Разместить каждую запрошенную встречу там, где свободны её делегации, участники и зал. Остальные встречи остаются на месте.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Search for at most</source>
        <translation>Искать не дольше</translation>
    </message>
    <message>
        <source>Confirmed meetings may move too</source>
        <translation>Подтверждённые встречи тоже можно переносить</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Stop searching and keep the best schedule found</source>
        <translation>Прекратить поиск и сохранить лучшее найденное расписание</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>&amp;Apply Checked Moves</source>
        <translation>&amp;Применить отмеченные переносы</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Stopping; keeping the best schedule found…</source>
        <translation>Остановка; сохраняется лучшее найденное расписание…</translation>
    </message>
    <message>
        <source>Best so far: %1 placed, %2 moved. </source>
        <translation>Лучший результат: размещено %1, перенесено %2. </translation>
    </message>
    <message>
        <source>%1 s left.</source>
        <translation>Осталось %1 с.</translation>
    </message>
    <message>
        <source>The search could not be finished; nothing was changed.</source>
        <translation>Поиск не удалось завершить; ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 meetings placed, %2 to move; errors: %3 before, %4 after.</source>
        <translation>Размещено встреч: %1, к переносу: %2; ошибок: было %3, стало %4.</translation>
    </message>
    <message>
        <source>Not placed:</source>
        <translation>Не размещены:</translation>
    </message>
    <message>
        <source>Cannot Move the Meetings</source>
        <translation>Не удалось перенести встречи</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose a Colour</source>
        <translation>Выберите цвет</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>No conflicts.</source>
        <translation>Конфликтов нет.</translation>
    </message>
    <message>
        <source>No summit is open: its conflicts will be listed here.</source>
        <translation>Саммит не открыт: здесь будут перечислены его конфликты.</translation>
    </message>
    <message>
        <source>Checking for conflicts…</source>
        <translation>Проверка конфликтов…</translation>
    </message>
</context>
<context>
    <name>DelegationsSection</name>
    <message>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Залы</translation>
    </message>
    <message>
        <source>People of all delegations</source>
        <translation>Участники всех делегаций</translation>
    </message>
    <message>
        <source>People of %1</source>
        <translation>Участники: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>ISO 3166 code, e.g. KZ</source>
        <translation>Код ISO 3166, например KZ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Глава делегации</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Protocol precedence</source>
        <translation>Протокольное старшинство</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>Часовой пояс столицы</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a person&apos;s</comment>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Здание</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Мест</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Добавить: %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Новая запись: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>a person&apos;s post</comment>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Cannot Edit</source>
        <translation>Невозможно изменить</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить: %1</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Невозможно удалить</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Удалить %1?</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Это действие можно отменить.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удалить %1</translation>
    </message>
</context>
<context>
    <name>EnvelopeBars</name>
    <message>
        <source>%1 (%2): announced %3</source>
        <translation>%1 (%2): объявлено %3</translation>
    </message>
    <message>
        <source>requested %1 · approved %2 · signed %3 · left %4</source>
        <translation>запрошено %1 · одобрено %2 · подписано %3 · остаток %4</translation>
    </message>
    <message>
        <source>Requests: %1</source>
        <translation>Заявки: %1</translation>
    </message>
    <message>
        <source>⚠ Requests exceed the envelope by %1.</source>
        <translation>⚠ Заявки превышают пакет на %1.</translation>
    </message>
    <message>
        <source>Not counted (no rate): %1</source>
        <translation>Не учтено (нет курса): %1</translation>
    </message>
    <message>
        <source>No envelope yet: a lender&apos;s announced total that requests draw on.</source>
        <translation>Пакетов финансирования пока нет: это объявленная кредитором сумма, в счёт которой подаются заявки.</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>подписано %1</translation>
    </message>
    <message>
        <source>approved %1</source>
        <translation>одобрено %1</translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation>запрошено %1</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>остаток %1</translation>
    </message>
    <message>
        <source>not counted (no rate): %1</source>
        <translation>не учтено (нет курса): %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Экспорт календаря</translation>
    </message>
    <message>
        <source>Export Programme</source>
        <translation>Экспорт программы</translation>
    </message>
    <message>
        <source>The whole summit</source>
        <translation>Весь саммит</translation>
    </message>
    <message>
        <source>Meetings of %1 — %2</source>
        <translation>Встречи %1 — %2</translation>
    </message>
    <message>
        <source>Programme of %1 (%2)</source>
        <translation>Программа: %1 (%2)</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Все дни</translation>
    </message>
    <message>
        <source>Show the home capital&apos;s time too</source>
        <translation>Показывать также время столицы</translation>
    </message>
    <message>
        <source>Our own team (internal)</source>
        <translation>Наша команда (внутренний)</translation>
    </message>
    <message>
        <source>Someone outside the delegation (external)</source>
        <translation>Кто-то за пределами делегации (внешний)</translation>
    </message>
    <message>
        <source>An external file leaves out %1.</source>
        <translation>Во внешний файл не входит следующее: %1.</translation>
    </message>
    <message>
        <source>Include the delegations&apos; positions</source>
        <translation>Включить позиции делегаций</translation>
    </message>
    <message>
        <source>Positions, talking points and red lines are sensitive: leave them out of files that go to other delegations or the host.</source>
        <translation>Позиции, тезисы и красные линии — конфиденциальные сведения: не включайте их в файлы для других делегаций или принимающей стороны.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Meetings:</source>
        <translation>&amp;Встречи:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <source>&amp;Who is this for?</source>
        <translation>Для &amp;кого этот файл?</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Сохранить как:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>программа</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Календари (*.ics)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Выберите, куда сохранить файл.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 уже существует. Заменить?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Saved %1. &lt;a href=&apos;folder&apos;&gt;Open the folder&lt;/a&gt;</source>
        <translation>Сохранено: %1. &lt;a href=&apos;folder&apos;&gt;Открыть папку&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The export failed (%1); nothing was replaced.</source>
        <translation>Экспорт не удался (%1); ничего не заменено.</translation>
    </message>
</context>
<context>
    <name>FinancingSection</name>
    <message>
        <source>Financing requests</source>
        <translation>Заявки на финансирование</translation>
    </message>
    <message>
        <source>New Request…</source>
        <translation>Новая заявка…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Move the request along its workflow</source>
        <translation>Продвинуть заявку по этапам рассмотрения</translation>
    </message>
    <message>
        <source>Exchange Rates…</source>
        <translation>Курсы валют…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>По признаку: %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Пакеты финансирования</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>All borrowers</source>
        <translation>Все заёмщики</translation>
    </message>
    <message>
        <source>All lenders</source>
        <translation>Все кредиторы</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All instruments</source>
        <translation>Все инструменты</translation>
    </message>
    <message>
        <source>No exchange rate for %1: left out of the totals and the chart. Add the rates under Exchange Rates.</source>
        <translation>Нет курса для %1: не учитывается в итогах и на диаграмме. Добавьте курсы в разделе «Курсы валют».</translation>
    </message>
    <message>
        <source> (+%1 without rate)</source>
        <translation> (+%1 без курса)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>left empty: the next number</source>
        <translation>если пусто — следующий номер</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Заёмщик</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>Кредитор</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Agenda issue</source>
        <translation>Вопрос повестки дня</translation>
    </message>
    <message>
        <source>Draws on envelope</source>
        <translation>В счёт пакета</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>Поднималась на встречах</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>New Request</source>
        <translation>Новая заявка</translation>
    </message>
    <message>
        <source>New Financing Request</source>
        <translation>Новая заявка на финансирование</translation>
    </message>
    <message>
        <source>Cannot Edit</source>
        <translation>Невозможно изменить</translation>
    </message>
    <message>
        <source>Edit Request %1</source>
        <translation>Изменить заявку %1</translation>
    </message>
    <message>
        <source>Edit Financing Request</source>
        <translation>Изменить заявку на финансирование</translation>
    </message>
    <message>
        <source>Select one request to see when its status changed.</source>
        <translation>Выберите одну заявку, чтобы увидеть, когда менялся её статус.</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation>Когда (%1)</translation>
    </message>
    <message>
        <source>No status change yet.</source>
        <translation>Статус ещё не менялся.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Удалить %1?</translation>
    </message>
    <message>
        <source>Its history goes with it. You can undo this.</source>
        <translation>Её история будет удалена вместе с ней. Это действие можно отменить.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удалить %1</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Отметить: %1</translation>
    </message>
    <message>
        <source>Cannot Change the Status</source>
        <translation>Не удалось изменить статус</translation>
    </message>
</context>
<context>
    <name>FindTimeDialog</name>
    <message>
        <source>Find a Time</source>
        <translation>Поиск времени</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Any room large enough</source>
        <translation>Любой зал достаточной вместимости</translation>
    </message>
    <message>
        <source>No room needed</source>
        <translation>Зал не нужен</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Schedule at This Time…</source>
        <translation>Назначить на это время…</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Продолжительность</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <source>People (optional)</source>
        <translation>Участники (необязательно)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earliest free times&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ближайшее свободное время&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose at least one delegation.</source>
        <translation>Выберите хотя бы одну делегацию.</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>без зала</translation>
    </message>
    <message>
        <source>No free time in the summit&apos;s days: every slot clashes for someone, leaves too little transfer time, or no room is large enough. Try a shorter meeting, fewer people or another room.</source>
        <translation>В дни саммита нет свободного времени: каждый интервал с чем-то пересекается, оставляет слишком мало времени на переезд или ни один зал не вмещает участников. Попробуйте более короткую встречу, меньше участников или другой зал.</translation>
    </message>
    <message>
        <source>Search, then choose one of the free times.</source>
        <translation>Нажмите «Найти», затем выберите одно из свободных окон.</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Agenda Issues</source>
        <translation>Импорт вопросов повестки дня</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose the Excel or CSV file a colleague sent.</source>
        <translation>Выберите файл Excel или CSV, присланный коллегой.</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Agenda issues</source>
        <translation>Вопросы повестки дня</translation>
    </message>
    <message>
        <source>Meetings (a programme)</source>
        <translation>Встречи (программа)</translation>
    </message>
    <message>
        <source>Positions (issues × delegations)</source>
        <translation>Позиции (вопросы × делегации)</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>Содержимое файла</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Keep the other columns in the description</source>
        <translation>Остальные столбцы сохранить в описании</translation>
    </message>
    <message>
        <source>Which field is each column? Change any that is wrong.</source>
        <translation>Какому полю соответствует каждый столбец? Исправьте неверные.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problems&lt;/b&gt;</source>
        <translation>&lt;b&gt;Проблемы&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was changed.</source>
        <translation>Импорт остановлен; ничего не изменено.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Проверка каждой строки…</translation>
    </message>
    <message>
        <source>Reading was stopped; nothing was changed.</source>
        <translation>Чтение остановлено; ничего не изменено.</translation>
    </message>
    <message>
        <source>Updating issues: %1 of %2</source>
        <translation>Обновление вопросов: %1 из %2</translation>
    </message>
    <message>
        <source>Adding issues: %1 of %2</source>
        <translation>Добавление вопросов: %1 из %2</translation>
    </message>
    <message>
        <source>Writing meetings: %1 of %2</source>
        <translation>Запись встреч: %1 из %2</translation>
    </message>
    <message>
        <source>Writing positions: %1 of %2</source>
        <translation>Запись позиций: %1 из %2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Import Another File…</source>
        <translation>Импортировать другой файл…</translation>
    </message>
    <message>
        <source>The file could not be read (%1).</source>
        <translation>Не удалось прочитать файл (%1).</translation>
    </message>
    <message>
        <source>issue code</source>
        <translation>код вопроса</translation>
    </message>
    <message>
        <source>stances of %1</source>
        <translation>позиции: %1</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Импортировать: %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
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
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Ведущая</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>a title row above the table</source>
        <translation>строка заголовка над таблицей</translation>
    </message>
    <message>
        <source>the column numbers under the header</source>
        <translation>номера столбцов под заголовком</translation>
    </message>
    <message>
        <source>a footer below the table</source>
        <translation>итоговая строка под таблицей</translation>
    </message>
</context>
<context>
    <name>IssuesSection</name>
    <message>
        <source>Agenda issues</source>
        <translation>Вопросы повестки дня</translation>
    </message>
    <message>
        <source>Search code, title, description, tags…</source>
        <translation>Поиск по коду, названию, описанию, тегам…</translation>
    </message>
    <message>
        <source>New Issue…</source>
        <translation>Новый вопрос…</translation>
    </message>
    <message>
        <source>Add to Meeting…</source>
        <translation>Добавить во встречу…</translation>
    </message>
    <message>
        <source>Tracks…</source>
        <translation>Направления…</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Все направления</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Все приоритеты</translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation>Любая ведущая</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>left empty: the track&apos;s next number</source>
        <translation>если пусто — следующий номер направления</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Lead delegation</source>
        <translation>Ведущая делегация</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>New Issue</source>
        <translation>Новый вопрос</translation>
    </message>
    <message>
        <source>Cannot Edit</source>
        <translation>Невозможно изменить</translation>
    </message>
    <message>
        <source>Edit Issue %1</source>
        <translation>Изменить вопрос %1</translation>
    </message>
    <message>
        <source>Edit Issue</source>
        <translation>Изменить вопрос</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Невозможно удалить</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Это действие можно отменить.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Удалить %1?</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удалить %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Add %1 to a Meeting</source>
        <translation>Добавить %1 во встречу</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Cannot Create the Sample</source>
        <translation>Не удалось создать пример</translation>
    </message>
    <message>
        <source>New Summit</source>
        <translation>Новый саммит</translation>
    </message>
    <message>
        <source>New summit.summit</source>
        <translation>Новый саммит.summit</translation>
    </message>
    <message>
        <source>Cannot Create Summit</source>
        <translation>Не удалось создать саммит</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (копия)</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Сохранить копию как</translation>
    </message>
    <message>
        <source>Cannot Save a Copy</source>
        <translation>Не удалось сохранить копию</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Копия сохранена как %1</translation>
    </message>
    <message>
        <source>Summit Planner</source>
        <translation>Summit Planner</translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation>Не удалось отменить</translation>
    </message>
    <message>
        <source>Loading the schedule…</source>
        <translation>Загрузка расписания…</translation>
    </message>
    <message>
        <source>Checking for conflicts…</source>
        <translation>Проверка конфликтов…</translation>
    </message>
    <message>
        <source>Conflicts in the schedule: click to list them (Ctrl+Shift+K)</source>
        <translation>Конфликты в расписании: щёлкните, чтобы увидеть список (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Резервная копия создана</translation>
    </message>
    <message>
        <source>The backup could not be written; see the log for why.</source>
        <translation>Не удалось записать резервную копию; причина указана в журнале.</translation>
    </message>
    <message>
        <source> [Read-Only]</source>
        <translation> [только чтение]</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only&lt;/b&gt;: open elsewhere</source>
        <translation>&lt;b&gt;Только чтение&lt;/b&gt;: открыт в другом месте</translation>
    </message>
    <message>
        <source>%1, %2 to %3, %4</source>
        <translation>%1, с %2 по %3, %4</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsPane</name>
    <message>
        <source>Back to the Meeting</source>
        <translation>Назад к встрече</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Select a meeting to see when and where it is, who attends, its agenda, financing and conflicts. Choose a person&apos;s name to see their next meetings.</source>
        <translation>Выберите встречу, чтобы увидеть, когда и где она проходит, кто участвует, её повестку дня, финансирование и конфликты. Выберите имя участника, чтобы увидеть его ближайшие встречи.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Next meetings of %1</source>
        <translation>Ближайшие встречи: %1</translation>
    </message>
    <message>
        <source>From %1 on</source>
        <translation>С %1</translation>
    </message>
    <message>
        <source>The whole summit</source>
        <translation>Весь саммит</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts this meeting would have&lt;/b&gt;</source>
        <translation>&lt;b&gt;Конфликты, которые возникнут у этой встречи&lt;/b&gt;</translation>
    </message>
    <message>
        <source>e.g. KZ–CN bilateral on the railway</source>
        <translation>например, двусторонняя встреча KZ–CN по железной дороге</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>for</source>
        <translation>на</translation>
    </message>
    <message>
        <source>No room yet</source>
        <translation>Зал не назначен</translation>
    </message>
    <message>
        <source>%1 (%2%3 seats)</source>
        <translation>%1 (%2%3 мест)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Delegations and attendees</source>
        <translation>Делегации и участники</translation>
    </message>
    <message>
        <source>Attends</source>
        <translation>Участвует</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Принимающая сторона</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>None: this meeting clashes with nothing.</source>
        <translation>Нет: эта встреча ни с чем не пересекается.</translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>New Meeting…</source>
        <translation>Новая встреча…</translation>
    </message>
    <message>
        <source>Search delegation, person, room, issue…</source>
        <translation>Поиск: делегация, участник, зал, вопрос…</translation>
    </message>
    <message>
        <source>Finds the meetings of a delegation (China or CN), a person, a room or building, or an issue (code or words of its title), in any case</source>
        <translation>Находит встречи делегации (China или CN), участника, зала или здания либо вопроса (код или слова из названия) без учёта регистра</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Duplicate the selected meeting (Ctrl+D)</source>
        <translation>Дублировать выбранную встречу (Ctrl+D)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Все дни</translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation>Все делегации</translation>
    </message>
</context>
<context>
    <name>PositionPanel</name>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Save this position (one undoable step)</source>
        <translation>Сохранить эту позицию (один отменяемый шаг)</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Тезисы для беседы</translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation>Красные линии</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Запасная позиция</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select one cell to edit its talking points, red lines and fallback.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Выберите одну ячейку, чтобы изменить тезисы, красные линии и запасную позицию.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>PositionsSection</name>
    <message>
        <source>All issues</source>
        <translation>Все вопросы</translation>
    </message>
    <message>
        <source>A meeting&apos;s brief</source>
        <translation>Справка к встрече</translation>
    </message>
    <message>
        <source>Disagreements with</source>
        <translation>Расхождения с</translation>
    </message>
    <message>
        <source>Find issues…</source>
        <translation>Найти вопросы…</translation>
    </message>
    <message>
        <source>Keys: S support · C conditional · N neutral · O oppose · U unknown</source>
        <translation>Клавиши: S — поддерживает · C — с оговорками · N — нейтрально · O — против · U — неизвестно</translation>
    </message>
    <message>
        <source>%1 of %2 issues</source>
        <translation>%1 из %2 вопросов</translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation>%1 по %2 %3</translation>
    </message>
    <message>
        <source>Set %1 Positions to %2</source>
        <translation>Установить для позиций (%1): %2</translation>
    </message>
    <message>
        <source>Cannot Set the Positions</source>
        <translation>Не удалось установить позиции</translation>
    </message>
    <message>
        <source>Edit Position: %1</source>
        <translation>Изменить позицию: %1</translation>
    </message>
    <message>
        <source>Cannot Save the Position</source>
        <translation>Не удалось сохранить позицию</translation>
    </message>
    <message>
        <source>Set to %1</source>
        <translation>Установить: %1</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Exchange Rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Курсы</translation>
    </message>
    <message>
        <source>How much one unit of each currency is worth in %1. Requests in a currency without a rate are left out of totals.</source>
        <translation>Сколько стоит единица каждой валюты в %1. Заявки в валюте без курса не учитываются в итогах.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>Add Rate</source>
        <translation>Добавить курс</translation>
    </message>
    <message>
        <source>New Rate</source>
        <translation>Новый курс</translation>
    </message>
    <message>
        <source>Edit Rate</source>
        <translation>Изменить курс</translation>
    </message>
    <message>
        <source>Delete Rate</source>
        <translation>Удалить курс</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Невозможно удалить</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Н&amp;едавние</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Очистить список</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>RecordPane</name>
    <message>
        <source>Filter…</source>
        <translation>Фильтр…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Ничего не найдено по запросу «%1».</translation>
    </message>
    <message>
        <source>Nothing matches the filters.</source>
        <translation>Ничего не соответствует фильтрам.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Backups are taken when a summit is opened and every ten minutes while it changes. A backup is restored to a new file; the open summit is not touched.</source>
        <translation>Резервные копии создаются при открытии саммита и каждые десять минут, пока он меняется. Копия восстанавливается в новый файл; открытый саммит не затрагивается.</translation>
    </message>
    <message>
        <source>Show the backups of every summit</source>
        <translation>Показать резервные копии всех саммитов</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
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
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>Restore As…</source>
        <translation>Восстановить как…</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(не читается)</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
</context>
<context>
    <name>RoomChoices</name>
    <message>
        <source>Room in the file</source>
        <translation>Зал в файле</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <source>a new room</source>
        <translation>новый зал</translation>
    </message>
</context>
<context>
    <name>ScheduleLegend</name>
    <message>
        <source>%1 (dashed border)</source>
        <translation>%1 (пунктирная рамка)</translation>
    </message>
    <message>
        <source>%1 (hatched)</source>
        <translation>%1 (штриховка)</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Would clash (while dragging)</source>
        <translation>Возникнет накладка (при перетаскивании)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>A block&apos;s colour is its host delegation&apos;s; the fill says how far it is agreed. A red border and ! mark a conflict, an orange one a warning.</source>
        <translation>Цвет блока — цвет принимающей делегации; заливка показывает степень согласованности. Красная рамка и ! означают конфликт, оранжевая — предупреждение.</translation>
    </message>
</context>
<context>
    <name>ScheduleSection</name>
    <message>
        <source>Previous day (Ctrl+PgUp)</source>
        <translation>Предыдущий день (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next day (Ctrl+PgDown)</source>
        <translation>Следующий день (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Залы</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <source>One column per room or per delegation</source>
        <translation>Один столбец на зал или на делегацию</translation>
    </message>
    <message>
        <source>Zoom: the height of one slot</source>
        <translation>Масштаб: высота одного интервала</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменённые</translation>
    </message>
    <message>
        <source>Show cancelled meetings</source>
        <translation>Показывать отменённые встречи</translation>
    </message>
    <message>
        <source>Home time</source>
        <translation>Время столицы</translation>
    </message>
    <message>
        <source>Find a Time…</source>
        <translation>Найти время…</translation>
    </message>
    <message>
        <source>Show only the meetings of one delegation</source>
        <translation>Показывать встречи только одной делегации</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Zoom, cancelled meetings, the home capital&apos;s time and the legend</source>
        <translation>Масштаб, отменённые встречи, время столицы и легенда</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Also show the time in the home capital (%1)</source>
        <translation>Показывать также время в столице (%1)</translation>
    </message>
</context>
<context>
    <name>SchedulingBox</name>
    <message>
        <source>Scheduling</source>
        <translation>Планирование</translation>
    </message>
    <message>
        <source>As its level</source>
        <translation>По уровню встречи</translation>
    </message>
    <message>
        <source>1 — highest</source>
        <translation>1 — высший</translation>
    </message>
    <message>
        <source>4 — lowest</source>
        <translation>4 — низший</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Любой день</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любое</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Only on</source>
        <translation>Только в день</translation>
    </message>
    <message>
        <source>Starts from</source>
        <translation>Начало с</translation>
    </message>
    <message>
        <source>until</source>
        <translation>до</translation>
    </message>
</context>
<context>
    <name>ServerLink</name>
    <message>
        <source>&lt;b&gt;Read-only&lt;/b&gt;: the connection to the server was lost</source>
        <translation>&lt;b&gt;Только чтение&lt;/b&gt;: соединение с сервером потеряно</translation>
    </message>
</context>
<context>
    <name>StackedBars</name>
    <message>
        <source>No request with an amount in %1 to show.</source>
        <translation>Нет заявок с суммой в %1 для показа.</translation>
    </message>
    <message>
        <source>Amounts asked, in %1, by borrower and status</source>
        <translation>Запрошенные суммы в %1 по заёмщикам и статусам</translation>
    </message>
</context>
<context>
    <name>SummitDocument</name>
    <message>
        <source>“%1” could not be undone because of a fault in Summit Planner (the details are in its log). The step was taken off the Edit menu; check the records it touched.</source>
        <translation>Не удалось отменить «%1» из-за сбоя в Summit Planner (подробности в журнале). Шаг убран из меню «Правка»; проверьте затронутые им записи.</translation>
    </message>
    <message>
        <source>“%1” could not be redone because of a fault in Summit Planner (the details are in its log). The step was taken off the Edit menu; check the records it touched.</source>
        <translation>Не удалось повторить «%1» из-за сбоя в Summit Planner (подробности в журнале). Шаг убран из меню «Правка»; проверьте затронутые им записи.</translation>
    </message>
</context>
<context>
    <name>ThreadPanel</name>
    <message>
        <source>&lt;i&gt;Select an issue to see where it has come up.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Выберите вопрос, чтобы увидеть, где он обсуждался.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Status: %1 · on %2 agendas</source>
        <translation>Статус: %1 · в повестке дня встреч: %2</translation>
    </message>
    <message>
        <source>, %1 min</source>
        <translation>, %1 мин</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Итог: %1</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>не записан</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>чч:мм</translation>
    </message>
</context>
<context>
    <name>TracksDialog</name>
    <message>
        <source>Tracks</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Add Track</source>
        <translation>Добавить направление</translation>
    </message>
    <message>
        <source>New Track</source>
        <translation>Новое направление</translation>
    </message>
    <message>
        <source>Edit Track</source>
        <translation>Изменить направление</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Невозможно удалить</translation>
    </message>
    <message>
        <source>The only track cannot be deleted while it has issues.</source>
        <translation>Единственное направление нельзя удалить, пока в нём есть вопросы.</translation>
    </message>
    <message>
        <source>%1 has %2 issues. Move them to:</source>
        <translation>В направлении %1 вопросов: %2. Перенести их в:</translation>
    </message>
    <message>
        <source>Delete Track</source>
        <translation>Удалить направление</translation>
    </message>
    <message>
        <source>Delete Track %1</source>
        <translation>Удалить направление %1</translation>
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
        <translation>Планирование встреч саммита, вопросов повестки дня, позиций и заявок на финансирование. Каждый саммит — это один файл, который можно скопировать и отправить; каждое изменение сохраняется сразу и может быть отменено.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>New Summit…</source>
        <translation>Новый саммит…</translation>
    </message>
    <message>
        <source>Open the Astana 2025 Sample</source>
        <translation>Открыть пример «Астана 2025»</translation>
    </message>
    <message>
        <source>The 2nd Central Asia–China Summit, Astana, 16–17 June 2025, seen from the Kazakh delegation: a safe place to try everything</source>
        <translation>II саммит «Центральная Азия — Китай», Астана, 16–17 июня 2025 года, с точки зрения делегации Казахстана: безопасное место, чтобы всё попробовать</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent summits&lt;/b&gt;</source>
        <translation>&lt;b&gt;Недавние саммиты&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None yet: the summits you open are listed here.</source>
        <translation>Пока нет: здесь появятся открытые вами саммиты.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start&lt;/b&gt;</source>
        <translation>&lt;b&gt;Начало&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Unexpected Error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong that Summit Planner did not expect. Your summit is saved; the last action may not have been carried out. Details are in %1.</source>
        <translation>Произошло то, чего Summit Planner не ожидал. Саммит сохранён; последнее действие могло не выполниться. Подробности в %1.</translation>
    </message>
    <message>
        <source>The log %1 cannot be written to (%2).</source>
        <translation>Журнал %1 недоступен для записи (%2).</translation>
    </message>
    <message>
        <source>Something went wrong that Summit Planner did not expect. Your summit is saved; the last action may not have been carried out. Details are below.</source>
        <translation>Произошло то, чего Summit Planner не ожидал. Саммит сохранён; последнее действие могло не выполниться. Подробности ниже.</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Копировать подробности</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>(new)</source>
        <translation>(новый)</translation>
    </message>
</context>
</TS>
