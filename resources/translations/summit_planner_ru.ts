<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../ui/delegations/table_models.py" line="27"/>
        <location filename="../../ui/issues/table_model.py" line="27"/>
        <location filename="../../ui/financing/table_model.py" line="45"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="21"/>
        <location filename="../../ui/delegations/table_models.py" line="28"/>
        <location filename="../../ui/delegations/table_models.py" line="55"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/table_models.py" line="29"/>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/table_models.py" line="30"/>
        <location filename="../../ui/issues/tracks_dialog.py" line="24"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="26"/>
        <location filename="../../ui/delegations/table_models.py" line="31"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/table_models.py" line="32"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/table_models.py" line="33"/>
        <location filename="../../ui/delegations/table_models.py" line="59"/>
        <location filename="../../ui/delegations/table_models.py" line="87"/>
        <location filename="../../ui/issues/table_model.py" line="39"/>
        <location filename="../../ui/financing/table_model.py" line="77"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/table_models.py" line="56"/>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/table_models.py" line="57"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/table_models.py" line="58"/>
        <location filename="../../ui/issues/table_model.py" line="28"/>
        <location filename="../../ui/meetings/table_model.py" line="35"/>
        <location filename="../../ui/financing/table_model.py" line="46"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/table_models.py" line="84"/>
        <location filename="../../ui/meetings/table_model.py" line="39"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/table_models.py" line="85"/>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/table_models.py" line="86"/>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="13"/>
        <source>Summit files (*.summit);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="18"/>
        <source>Open Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="43"/>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="85"/>
        <source>Import Agenda Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="87"/>
        <source>Spreadsheets and tables (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="114"/>
        <source>Open Server Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="116"/>
        <source>The summit&apos;s address, such as postgresql://you@server/delegation?summit=astana (the password comes from ~/.pgpass or PGPASSWORD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Head of state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Head of government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Minister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Deputy minister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Ambassador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Senior official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Heads of state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Ministers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Deputy ministers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Senior officials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Bilateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Multilateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Under negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Conditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Oppose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Cond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Disbursing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Concessional loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Credit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Guarantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Delegation double-booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Person double-booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Room double-booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Outside the summit&apos;s hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Room too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Short transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Level mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>No room yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="17"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="22"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="23"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="24"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="25"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="27"/>
        <source>Home delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="28"/>
        <source>Reporting currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="29"/>
        <source>Working day starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="30"/>
        <source>Working day ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="31"/>
        <source>Slot length (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="32"/>
        <source>Transfer time (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="40"/>
        <source>Scheduling: high priorities early (weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="41"/>
        <source>Scheduling: breaks for principals (weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="42"/>
        <source>Scheduling: no idle hour for principals (weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="43"/>
        <source>Scheduling: a delegation keeps its room (weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="44"/>
        <source>Scheduling: the smallest room that fits (weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="60"/>
        <source>Change Summit Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="57"/>
        <source>Summit Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/table_model.py" line="23"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/table_model.py" line="25"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/table_model.py" line="30"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/table_model.py" line="36"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/table_model.py" line="37"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/table_model.py" line="38"/>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="52"/>
        <source>New Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="67"/>
        <source>Cannot Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="74"/>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="69"/>
        <source>Edit Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="94"/>
        <source>Move Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="95"/>
        <source>Cannot Move the Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="102"/>
        <source>Change Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="103"/>
        <source>Cannot Change the Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="111"/>
        <source>Mark as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="112"/>
        <source>Cannot Change the Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="124"/>
        <source>Cannot Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="131"/>
        <source>Duplicate Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="133"/>
        <source>Cannot Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="144"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="145"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/tracks_dialog.py" line="23"/>
        <location filename="../../ui/issues/table_model.py" line="29"/>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/table_model.py" line="30"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/table_model.py" line="31"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/table_model.py" line="47"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/table_model.py" line="48"/>
        <source>Lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/table_model.py" line="49"/>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/table_model.py" line="50"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/table_model.py" line="52"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/table_model.py" line="58"/>
        <source>In reporting currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/table_model.py" line="62"/>
        <source>no rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/table_model.py" line="68"/>
        <source>No exchange rate for %1: left out of every total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/table_model.py" line="32"/>
        <location filename="../../ui/meetings/table_model.py" line="40"/>
        <location filename="../../ui/meetings/actions.py" line="146"/>
        <location filename="../../ui/financing/table_model.py" line="75"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/table_model.py" line="34"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="152"/>
        <location filename="../../ui/window_menus.py" line="150"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/grid_painter.py" line="75"/>
        <source>Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/grid_painter.py" line="77"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/tracks_dialog.py" line="25"/>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/matrix_model.py" line="190"/>
        <source>Talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/matrix_model.py" line="191"/>
        <source>Red lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/matrix_model.py" line="192"/>
        <source>Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/matrix_model.py" line="218"/>
        <source>%1 support, %2 conditional, %3 oppose, %4 neutral, %5 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/table_model.py" line="76"/>
        <location filename="../../ui/positions/matrix_model.py" line="234"/>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/matrix_model.py" line="241"/>
        <source>How many delegations support, support on conditions, oppose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/rates_dialog.py" line="24"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/rates_dialog.py" line="26"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/rates_dialog.py" line="32"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="31"/>
        <source>%1 (backup of %2).summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="29"/>
        <source>Cannot Open Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="36"/>
        <source>Summit Open Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="38"/>
        <source>Summit Cannot Be Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="39"/>
        <source>Open it read-only? You can read, export and copy it, not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="44"/>
        <source>Open a cleaned copy instead? It is written beside the file, which stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="51"/>
        <source>Its newest good backup, from %1, has %2 and %3. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="59"/>
        <location filename="../../ui/restore_dialog.py" line="39"/>
        <source>Restore Backup As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="68"/>
        <source>Opened %1, a cleaned copy of %2 (%3 changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="72"/>
        <location filename="../../ui/restore_dialog.py" line="45"/>
        <source>Cannot Restore the Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="78"/>
        <source>%1 is open in another window; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="81"/>
        <source>That file is the summit that is open now; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="91"/>
        <source>%1 is already open in %5 on %2 since %3 (process %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="92"/>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="95"/>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="98"/>
        <source>%1 is read-only: its permissions allow no changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="101"/>
        <source>The folder of %1 holds something named %2 that is not a lock file of Summit Planner, so the summit cannot be changed while it is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="105"/>
        <source>The folder of %1 cannot be written to, so the summit cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="107"/>
        <source>%1 cannot be locked for writing (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="83"/>
        <source>%1 new, %2 updated, %3 skipped, %4 unchanged, %5, from sheet “%6”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="91"/>
        <source> New tracks: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="95"/>
        <source> New rooms: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="98"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="99"/>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="100"/>
        <source>skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="101"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="114"/>
        <source>Sheet %1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="116"/>
        <source>, column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="130"/>
        <source>Sheet %1, row %2: passed over, %3: “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="146"/>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="148"/>
        <source>No row of %1 is new or changes what the summit has; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="154"/>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="161"/>
        <source>New tracks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="165"/>
        <source>Edit ▸ Undo (Ctrl+Z) takes the whole import back in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="127"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="26"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="27"/>
        <source>&amp;New Summit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="28"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="30"/>
        <source>Open &amp;Server Summit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="35"/>
        <source>Open the &amp;Sample Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="37"/>
        <source>&amp;Import Agenda Issues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="40"/>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="43"/>
        <source>Export &amp;Programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="47"/>
        <source>Export &amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="51"/>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="52"/>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="53"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="54"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="78"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="85"/>
        <source>Summit &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="88"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="100"/>
        <source>Conflicts &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="106"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="107"/>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="110"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="112"/>
        <source>&amp;About Summit Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="148"/>
        <source>Previous or next day (Schedule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="149"/>
        <source>Edit the selected meeting, issue or request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="149"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="150"/>
        <source>Delete the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="151"/>
        <source>Duplicate the selected meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="152"/>
        <source>Cancel a drag in the Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="152"/>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="153"/>
        <source>Set stances in Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="165"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="172"/>
        <source>&lt;h3&gt;Getting started&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Schedule&lt;/b&gt; (Ctrl+1) shows one summit day as a wall chart. Drag a meeting to move it, drag its lower edge to change its length, double-click an empty slot to create one. Select a meeting to read its details beside the chart.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Meetings&lt;/b&gt; (Ctrl+2) lists every meeting. Type a delegation, a person, a room or an issue code into the search field to find their meetings; the details pane shows the agenda, the people and the conflicts of the selected one, and the next meetings of a person.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Issues&lt;/b&gt; (Ctrl+3) holds the agenda issues and where each came up; &lt;b&gt;Positions&lt;/b&gt; (Ctrl+4) where every delegation stands on each, with talking points and red lines; &lt;b&gt;Financing&lt;/b&gt; (Ctrl+5) the requests, the envelopes they draw on, totals and history; &lt;b&gt;Delegations&lt;/b&gt; (Ctrl+6) the people and rooms.&lt;/p&gt;&lt;p&gt;Every change is saved at once and can be undone (Ctrl+Z). Conflicts are counted in the status bar; View ▸ Conflicts Panel lists them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="190"/>
        <source>Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="196"/>
        <source>About Summit Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="198"/>
        <source>&lt;h3&gt;Summit Planner %1&lt;/h3&gt;&lt;p&gt;Plan a summit&apos;s meetings, agenda issues, positions and financing requests.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_summit.py" line="77"/>
        <source>Not shown: your role has no access to confidential fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/actions.py" line="25"/>
        <source>Schedule &amp;All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/actions.py" line="25"/>
        <source>&amp;Repair…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../ui/meetings/agenda_editor.py" line="44"/>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_editor.py" line="44"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_editor.py" line="44"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_editor.py" line="63"/>
        <source>Type a code or words of the title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_editor.py" line="70"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_editor.py" line="72"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_editor.py" line="74"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_editor.py" line="75"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_editor.py" line="165"/>
        <source>%1 of %2 minutes allotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_editor.py" line="170"/>
        <source>More minutes are allotted than the meeting lasts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoScheduleDialog</name>
    <message>
        <location filename="../../ui/auto_schedule/dialog.py" line="55"/>
        <source>Repair Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/dialog.py" line="55"/>
        <source>Schedule All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/dialog.py" line="59"/>
        <source>Remove every error, moving as few meetings as possible. Pinned and held meetings never move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/dialog.py" line="62"/>
        <source>Place every requested meeting where its delegations, people and a room are free. Other meetings stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/dialog.py" line="72"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/dialog.py" line="73"/>
        <source>Search for at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/dialog.py" line="74"/>
        <source>Confirmed meetings may move too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/dialog.py" line="79"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/dialog.py" line="81"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/dialog.py" line="82"/>
        <source>Stop searching and keep the best schedule found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/dialog.py" line="95"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/dialog.py" line="95"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/dialog.py" line="95"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/dialog.py" line="95"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/dialog.py" line="96"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/dialog.py" line="107"/>
        <source>&amp;Apply Checked Moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/dialog.py" line="138"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/dialog.py" line="145"/>
        <source>Stopping; keeping the best schedule found…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/dialog.py" line="153"/>
        <source>Best so far: %1 placed, %2 moved. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/dialog.py" line="156"/>
        <source>%1 s left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/dialog.py" line="172"/>
        <source>The search could not be finished; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/dialog.py" line="199"/>
        <source>%1 meetings placed, %2 to move; errors: %3 before, %4 after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/dialog.py" line="205"/>
        <source>Not placed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auto_schedule/dialog.py" line="230"/>
        <source>Cannot Move the Meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <location filename="../../ui/record_dialog.py" line="74"/>
        <source>Choose a Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../ui/meetings/conflicts_panel.py" line="124"/>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflicts_panel.py" line="137"/>
        <source>No summit is open: its conflicts will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflicts_panel.py" line="140"/>
        <source>Checking for conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationsSection</name>
    <message>
        <location filename="../../ui/delegations/section.py" line="33"/>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="35"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="36"/>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="104"/>
        <source>People of all delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="107"/>
        <source>People of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="115"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="115"/>
        <source>ISO 3166 code, e.g. KZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="116"/>
        <location filename="../../ui/delegations/section.py" line="126"/>
        <location filename="../../ui/delegations/section.py" line="132"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="117"/>
        <source>Head of delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="118"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="119"/>
        <source>Protocol precedence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="120"/>
        <source>Home time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="127"/>
        <location filename="../../ui/delegations/section.py" line="139"/>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="128"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="129"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="133"/>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="134"/>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="140"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="141"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="159"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="156"/>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="169"/>
        <source>Cannot Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="171"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="189"/>
        <location filename="../../ui/delegations/section.py" line="204"/>
        <source>Cannot Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="195"/>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="197"/>
        <source>You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="198"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="201"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvelopeBars</name>
    <message>
        <location filename="../../ui/financing/envelope_bars.py" line="44"/>
        <source>%1 (%2): announced %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/envelope_bars.py" line="48"/>
        <source>requested %1 · approved %2 · signed %3 · left %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/envelope_bars.py" line="55"/>
        <location filename="../../ui/financing/envelope_bars.py" line="139"/>
        <source>Requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/envelope_bars.py" line="58"/>
        <source>⚠ Requests exceed the envelope by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/envelope_bars.py" line="64"/>
        <source>Not counted (no rate): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/envelope_bars.py" line="84"/>
        <source>No envelope yet: a lender&apos;s announced total that requests draw on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/envelope_bars.py" line="119"/>
        <source>signed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/envelope_bars.py" line="120"/>
        <source>approved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/envelope_bars.py" line="121"/>
        <source>requested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/envelope_bars.py" line="122"/>
        <source>left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/envelope_bars.py" line="141"/>
        <source>not counted (no rate): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="66"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="67"/>
        <source>Export Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="68"/>
        <source>Export Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="75"/>
        <source>The whole summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="79"/>
        <source>Meetings of %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="85"/>
        <source>Programme of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="95"/>
        <source>All days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="101"/>
        <source>Show the home capital&apos;s time too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="103"/>
        <source>Our own team (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="104"/>
        <source>Someone outside the delegation (external)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="106"/>
        <source>An external file leaves out %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="113"/>
        <source>Include the delegations&apos; positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="117"/>
        <source>Positions, talking points and red lines are sensitive: leave them out of files that go to other delegations or the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="122"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="129"/>
        <source>&amp;Meetings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="131"/>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="134"/>
        <source>&amp;Who is this for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="138"/>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="152"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="203"/>
        <source>programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="217"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="215"/>
        <source>Calendars (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="228"/>
        <source>Choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="243"/>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="294"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="311"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="317"/>
        <source>Saved %1. &lt;a href=&apos;folder&apos;&gt;Open the folder&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="327"/>
        <source>The export failed (%1); nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinancingSection</name>
    <message>
        <location filename="../../ui/financing/section.py" line="71"/>
        <source>Financing requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="73"/>
        <source>New Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="82"/>
        <location filename="../../ui/financing/section.py" line="95"/>
        <location filename="../../ui/financing/section.py" line="288"/>
        <location filename="../../ui/financing/section.py" line="332"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="83"/>
        <source>Move the request along its workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="85"/>
        <source>Exchange Rates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="95"/>
        <location filename="../../ui/financing/section.py" line="288"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="95"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="103"/>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="106"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="106"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="106"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="118"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="119"/>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="120"/>
        <source>Envelopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="121"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="189"/>
        <source>All borrowers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="190"/>
        <source>All lenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="193"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="198"/>
        <source>All instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="235"/>
        <source>No exchange rate for %1: left out of the totals and the chart. Add the rates under Exchange Rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="247"/>
        <location filename="../../ui/financing/section.py" line="261"/>
        <source> (+%1 without rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="318"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="318"/>
        <source>left empty: the next number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="319"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="320"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="321"/>
        <source>Lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="324"/>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="328"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="329"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="330"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="334"/>
        <source>Agenda issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="335"/>
        <source>Draws on envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="336"/>
        <source>Raised at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="339"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="355"/>
        <source>New Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="352"/>
        <source>New Financing Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="365"/>
        <source>Cannot Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="374"/>
        <source>Edit Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="371"/>
        <source>Edit Financing Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="280"/>
        <source>Select one request to see when its status changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="288"/>
        <source>When (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="291"/>
        <source>No status change yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="385"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="386"/>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="387"/>
        <source>Its history goes with it. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="391"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="402"/>
        <source>Mark as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/section.py" line="405"/>
        <source>Cannot Change the Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindTimeDialog</name>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="33"/>
        <source>Find a Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="51"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="53"/>
        <source>Any room large enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="54"/>
        <source>No room needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="57"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="68"/>
        <source>Schedule at This Time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="74"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="75"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="78"/>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="79"/>
        <source>People (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="89"/>
        <source>&lt;b&gt;Earliest free times&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="126"/>
        <source>Choose at least one delegation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="135"/>
        <source>no room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="144"/>
        <source>No free time in the summit&apos;s days: every slot clashes for someone, leaves too little transfer time, or no room is large enough. Try a shorter meeting, fewer people or another room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="154"/>
        <source>Search, then choose one of the free times.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <location filename="../../ui/history_actions.py" line="16"/>
        <location filename="../../ui/history_actions.py" line="36"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_actions.py" line="17"/>
        <location filename="../../ui/history_actions.py" line="37"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="63"/>
        <source>Import Agenda Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="90"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="91"/>
        <location filename="../../ui/importing/import_dialog.py" line="196"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="92"/>
        <location filename="../../ui/importing/import_dialog.py" line="202"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="112"/>
        <source>Choose the Excel or CSV file a colleague sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="114"/>
        <source>Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="122"/>
        <source>Agenda issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="123"/>
        <source>Meetings (a programme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="124"/>
        <source>Positions (issues × delegations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="132"/>
        <source>The file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="134"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="142"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="142"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="145"/>
        <source>Keep the other columns in the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="147"/>
        <source>Which field is each column? Change any that is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="158"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="158"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="169"/>
        <source>&lt;b&gt;Problems&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="196"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="202"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="262"/>
        <source>The import was stopped; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="286"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="387"/>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="260"/>
        <source>Reading was stopped; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="47"/>
        <source>Updating issues: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="48"/>
        <source>Adding issues: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="49"/>
        <source>Writing meetings: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="50"/>
        <source>Writing positions: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="83"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="179"/>
        <source>Import Another File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="270"/>
        <source>The file could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="353"/>
        <source>issue code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="355"/>
        <source>stances of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="360"/>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="407"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="411"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../ui/importing/preview.py" line="25"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="26"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="27"/>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="28"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="29"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="30"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="31"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="32"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="33"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="34"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="35"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="36"/>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="37"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="38"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="39"/>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="45"/>
        <source>a title row above the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="46"/>
        <source>the column numbers under the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="47"/>
        <source>a footer below the table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuesSection</name>
    <message>
        <location filename="../../ui/issues/section.py" line="35"/>
        <source>Agenda issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="37"/>
        <source>Search code, title, description, tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="39"/>
        <source>New Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="47"/>
        <source>Add to Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="49"/>
        <source>Tracks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="91"/>
        <source>All tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="92"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="93"/>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="96"/>
        <source>Any lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="134"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="139"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="139"/>
        <source>left empty: the track&apos;s next number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="141"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="142"/>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="145"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="149"/>
        <source>Lead delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="152"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="156"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="157"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="157"/>
        <source>separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="158"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="168"/>
        <location filename="../../ui/issues/section.py" line="171"/>
        <source>New Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="181"/>
        <source>Cannot Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="190"/>
        <source>Edit Issue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="187"/>
        <source>Edit Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="200"/>
        <source>Cannot Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="204"/>
        <source>You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="206"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="206"/>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="209"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="223"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="224"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/section.py" line="227"/>
        <source>Add %1 to a Meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Financing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Cannot Create the Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>New Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>New summit.summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>Cannot Create Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Cannot Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>Summit Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>Cannot Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Loading the schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>Checking for conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>Conflicts in the schedule: click to list them (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>The backup could not be written; see the log for why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source> [Read-Only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>&lt;b&gt;Read-only&lt;/b&gt;: open elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>%1, %2 to %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDetailsPane</name>
    <message>
        <location filename="../../ui/meetings/details_pane.py" line="56"/>
        <source>Back to the Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/details_pane.py" line="58"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/details_pane.py" line="90"/>
        <source>Select a meeting to see when and where it is, who attends, its agenda, financing and conflicts. Choose a person&apos;s name to see their next meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/details_pane.py" line="170"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/details_pane.py" line="196"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/details_pane.py" line="196"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/details_pane.py" line="217"/>
        <source>Next meetings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/details_pane.py" line="220"/>
        <source>From %1 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/details_pane.py" line="222"/>
        <source>The whole summit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../ui/meetings/editor.py" line="84"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="95"/>
        <source>Financing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="96"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="97"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="125"/>
        <source>&lt;b&gt;Conflicts this meeting would have&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="155"/>
        <source>e.g. KZ–CN bilateral on the railway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="172"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="176"/>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="183"/>
        <source>No room yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="186"/>
        <source>%1 (%2%3 seats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="196"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="197"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="198"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="199"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="200"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="201"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="204"/>
        <source>Delegations and attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="217"/>
        <source>Attends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="217"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="225"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="361"/>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="369"/>
        <source>None: this meeting clashes with nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <location filename="../../ui/meetings/section.py" line="42"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/section.py" line="44"/>
        <source>New Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/section.py" line="45"/>
        <source>Search delegation, person, room, issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/section.py" line="48"/>
        <source>Finds the meetings of a delegation (China or CN), a person, a room or building, or an issue (code or words of its title), in any case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/section.py" line="53"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/section.py" line="54"/>
        <source>Duplicate the selected meeting (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/section.py" line="65"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/section.py" line="120"/>
        <source>All days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/section.py" line="123"/>
        <source>All delegations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionPanel</name>
    <message>
        <location filename="../../ui/positions/position_panel.py" line="43"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/position_panel.py" line="44"/>
        <source>Save this position (one undoable step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/position_panel.py" line="47"/>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/position_panel.py" line="48"/>
        <source>Talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/position_panel.py" line="49"/>
        <source>Red lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/position_panel.py" line="50"/>
        <source>Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/position_panel.py" line="78"/>
        <source>&lt;i&gt;Select one cell to edit its talking points, red lines and fallback.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionsSection</name>
    <message>
        <location filename="../../ui/positions/section.py" line="114"/>
        <source>All issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/section.py" line="115"/>
        <source>A meeting&apos;s brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/section.py" line="116"/>
        <source>Disagreements with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/section.py" line="120"/>
        <source>Find issues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/section.py" line="127"/>
        <source>Keys: S support · C conditional · N neutral · O oppose · U unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/section.py" line="295"/>
        <source>%1 of %2 issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/section.py" line="348"/>
        <source>%1 on %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/section.py" line="376"/>
        <source>Set %1 Positions to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/section.py" line="380"/>
        <source>Cannot Set the Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/section.py" line="385"/>
        <source>Edit Position: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/section.py" line="389"/>
        <source>Cannot Save the Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/section.py" line="397"/>
        <source>Set to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../ui/financing/rates_dialog.py" line="43"/>
        <source>Exchange Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/rates_dialog.py" line="45"/>
        <source>Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/rates_dialog.py" line="51"/>
        <source>How much one unit of each currency is worth in %1. Requests in a currency without a rate are left out of totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/rates_dialog.py" line="67"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/rates_dialog.py" line="68"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/rates_dialog.py" line="69"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/rates_dialog.py" line="80"/>
        <source>Add Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/rates_dialog.py" line="77"/>
        <source>New Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/rates_dialog.py" line="89"/>
        <location filename="../../ui/financing/rates_dialog.py" line="92"/>
        <source>Edit Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/rates_dialog.py" line="104"/>
        <source>Delete Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/rates_dialog.py" line="106"/>
        <source>Cannot Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <location filename="../../ui/recent_menu.py" line="22"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recent_menu.py" line="52"/>
        <source>Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/record_dialog.py" line="154"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPane</name>
    <message>
        <location filename="../../ui/record_pane.py" line="68"/>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_pane.py" line="73"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_pane.py" line="74"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_pane.py" line="75"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_pane.py" line="152"/>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_pane.py" line="154"/>
        <source>Nothing matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="56"/>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="61"/>
        <source>Backups are taken when a summit is opened and every ten minutes while it changes. A backup is restored to a new file; the open summit is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="66"/>
        <source>Show the backups of every summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="73"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="74"/>
        <source>Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="75"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="76"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="77"/>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="78"/>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="93"/>
        <source>Restore As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="111"/>
        <source>(cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="121"/>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomChoices</name>
    <message>
        <location filename="../../ui/importing/room_choice.py" line="17"/>
        <source>Room in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/room_choice.py" line="17"/>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/room_choice.py" line="50"/>
        <source>a new room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleLegend</name>
    <message>
        <location filename="../../ui/schedule/legend.py" line="45"/>
        <source>%1 (dashed border)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/legend.py" line="46"/>
        <source>%1 (hatched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/legend.py" line="49"/>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/legend.py" line="50"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/legend.py" line="51"/>
        <source>Would clash (while dragging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/legend.py" line="52"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/legend.py" line="56"/>
        <source>A block&apos;s colour is its host delegation&apos;s; the fill says how far it is agreed. A red border and ! mark a conflict, an orange one a warning.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleSection</name>
    <message>
        <location filename="../../ui/schedule/section.py" line="53"/>
        <source>Previous day (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="56"/>
        <source>Next day (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="60"/>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="61"/>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="62"/>
        <source>One column per room or per delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="68"/>
        <source>Zoom: the height of one slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="69"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="70"/>
        <source>Show cancelled meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="71"/>
        <source>Home time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="72"/>
        <source>Find a Time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="84"/>
        <source>Show only the meetings of one delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="86"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="90"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="91"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="95"/>
        <source>Zoom, cancelled meetings, the home capital&apos;s time and the legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="202"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="209"/>
        <source>Also show the time in the home capital (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulingBox</name>
    <message>
        <location filename="../../ui/meetings/scheduling_box.py" line="24"/>
        <source>Scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/scheduling_box.py" line="28"/>
        <source>As its level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/scheduling_box.py" line="29"/>
        <source>1 — highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/scheduling_box.py" line="29"/>
        <source>4 — lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/scheduling_box.py" line="34"/>
        <source>Any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/scheduling_box.py" line="42"/>
        <location filename="../../ui/meetings/scheduling_box.py" line="43"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/scheduling_box.py" line="47"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/scheduling_box.py" line="49"/>
        <source>Only on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/scheduling_box.py" line="51"/>
        <source>Starts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/scheduling_box.py" line="53"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerLink</name>
    <message>
        <location filename="../../ui/server_summit.py" line="53"/>
        <source>&lt;b&gt;Read-only&lt;/b&gt;: the connection to the server was lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackedBars</name>
    <message>
        <location filename="../../ui/financing/chart.py" line="59"/>
        <source>No request with an amount in %1 to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/financing/chart.py" line="67"/>
        <source>Amounts asked, in %1, by borrower and status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummitDocument</name>
    <message>
        <location filename="../../ui/document.py" line="85"/>
        <source>“%1” could not be undone because of a fault in Summit Planner (the details are in its log). The step was taken off the Edit menu; check the records it touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/document.py" line="92"/>
        <source>“%1” could not be redone because of a fault in Summit Planner (the details are in its log). The step was taken off the Edit menu; check the records it touched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadPanel</name>
    <message>
        <location filename="../../ui/issues/thread_panel.py" line="44"/>
        <source>&lt;i&gt;Select an issue to see where it has come up.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/thread_panel.py" line="47"/>
        <source>Status: %1 · on %2 agendas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/thread_panel.py" line="52"/>
        <source>, %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/thread_panel.py" line="57"/>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/thread_panel.py" line="57"/>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../ui/time_field.py" line="25"/>
        <source>hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TracksDialog</name>
    <message>
        <location filename="../../ui/issues/tracks_dialog.py" line="33"/>
        <location filename="../../ui/issues/tracks_dialog.py" line="35"/>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/tracks_dialog.py" line="57"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/tracks_dialog.py" line="58"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/tracks_dialog.py" line="59"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/tracks_dialog.py" line="70"/>
        <source>Add Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/tracks_dialog.py" line="67"/>
        <source>New Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/tracks_dialog.py" line="80"/>
        <location filename="../../ui/issues/tracks_dialog.py" line="83"/>
        <source>Edit Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/tracks_dialog.py" line="99"/>
        <location filename="../../ui/issues/tracks_dialog.py" line="114"/>
        <source>Cannot Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/tracks_dialog.py" line="100"/>
        <source>The only track cannot be deleted while it has issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/tracks_dialog.py" line="103"/>
        <source>%1 has %2 issues. Move them to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/tracks_dialog.py" line="105"/>
        <source>Delete Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/issues/tracks_dialog.py" line="111"/>
        <source>Delete Track %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome_page.py" line="32"/>
        <source>&lt;h2&gt;Summit Planner&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome_page.py" line="35"/>
        <source>Plan a summit&apos;s meetings, agenda issues, positions and financing requests. Each summit is one file you can copy and send; every change is saved at once and can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome_page.py" line="41"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome_page.py" line="42"/>
        <source>New Summit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome_page.py" line="43"/>
        <source>Open the Astana 2025 Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome_page.py" line="46"/>
        <source>The 2nd Central Asia–China Summit, Astana, 16–17 June 2025, seen from the Kazakh delegation: a safe place to try everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome_page.py" line="58"/>
        <source>&lt;b&gt;Recent summits&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome_page.py" line="65"/>
        <source>None yet: the summits you open are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome_page.py" line="69"/>
        <source>&lt;b&gt;Start&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="93"/>
        <source>Unexpected Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="76"/>
        <source>Something went wrong that Summit Planner did not expect. Your summit is saved; the last action may not have been carried out. Details are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="55"/>
        <source>The log %1 cannot be written to (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="82"/>
        <source>Something went wrong that Summit Planner did not expect. Your summit is saved; the last action may not have been carried out. Details are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="97"/>
        <source>Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/importing/preview.py" line="65"/>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
