<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../ui/delegations/table_models.py" line="16"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/table_models.py" line="17"/>
        <location filename="../../ui/delegations/table_models.py" line="33"/>
        <location filename="../../ui/summit_settings_dialog.py" line="23"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/table_models.py" line="18"/>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/table_models.py" line="19"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/table_models.py" line="20"/>
        <location filename="../../ui/summit_settings_dialog.py" line="28"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/table_models.py" line="21"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/table_models.py" line="22"/>
        <location filename="../../ui/delegations/table_models.py" line="37"/>
        <location filename="../../ui/delegations/table_models.py" line="58"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/table_models.py" line="34"/>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/table_models.py" line="35"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/table_models.py" line="36"/>
        <location filename="../../ui/meetings/table_model.py" line="33"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/table_models.py" line="55"/>
        <location filename="../../ui/meetings/table_model.py" line="37"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/table_models.py" line="56"/>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/table_models.py" line="57"/>
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
        <location filename="../../ui/labels.py" line="11"/>
        <source>Head of state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Head of government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>Minister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Deputy minister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Ambassador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Senior official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Heads of state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Ministers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Deputy ministers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Senior officials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Bilateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Multilateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="19"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="24"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="25"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="26"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="27"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="29"/>
        <source>Home delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="30"/>
        <source>Reporting currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="31"/>
        <source>Working day starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="32"/>
        <source>Working day ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="33"/>
        <source>Slot length (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="34"/>
        <source>Transfer time (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="43"/>
        <source>Change Summit Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summit_settings_dialog.py" line="47"/>
        <source>Summit Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/table_model.py" line="25"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/table_model.py" line="26"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/table_model.py" line="28"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/table_model.py" line="34"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/table_model.py" line="35"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/table_model.py" line="36"/>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="66"/>
        <location filename="../../ui/meetings/actions.py" line="69"/>
        <source>New Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="78"/>
        <source>Cannot Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="83"/>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="86"/>
        <source>Edit Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="104"/>
        <source>Move Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="105"/>
        <source>Cannot Move the Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="112"/>
        <source>Change Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="113"/>
        <source>Cannot Change the Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="121"/>
        <source>Mark as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="122"/>
        <source>Cannot Change the Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="134"/>
        <source>Cannot Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="141"/>
        <source>Duplicate Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="143"/>
        <source>Cannot Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="154"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="155"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="156"/>
        <location filename="../../ui/meetings/table_model.py" line="38"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions.py" line="162"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/grid_painter.py" line="74"/>
        <source>Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/grid_painter.py" line="76"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <location filename="../../ui/record_dialog.py" line="58"/>
        <source>Choose a Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../ui/meetings/conflicts_panel.py" line="32"/>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationsSection</name>
    <message>
        <location filename="../../ui/delegations/section.py" line="28"/>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="30"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="31"/>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="85"/>
        <source>People of all delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="88"/>
        <source>People of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="96"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="96"/>
        <source>ISO 3166 code, e.g. KZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="97"/>
        <location filename="../../ui/delegations/section.py" line="107"/>
        <location filename="../../ui/delegations/section.py" line="113"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="98"/>
        <source>Head of delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="99"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="100"/>
        <source>Protocol precedence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="101"/>
        <source>Home time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="108"/>
        <location filename="../../ui/delegations/section.py" line="120"/>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="109"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="110"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="114"/>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="115"/>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="121"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="122"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="144"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="148"/>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="157"/>
        <source>Cannot Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="159"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="172"/>
        <location filename="../../ui/delegations/section.py" line="187"/>
        <source>Cannot Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="178"/>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="180"/>
        <source>You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="181"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/delegations/section.py" line="184"/>
        <source>Delete %1</source>
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
        <location filename="../../ui/schedule/find_time_dialog.py" line="50"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="52"/>
        <source>Any room large enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="53"/>
        <source>No room needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="56"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="67"/>
        <source>Schedule at This Time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="73"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="74"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="77"/>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="78"/>
        <source>People (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="88"/>
        <source>&lt;b&gt;Earliest free times&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="124"/>
        <source>Choose at least one delegation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="133"/>
        <source>no room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="142"/>
        <source>No free time in the summit&apos;s days: every slot clashes for someone, leaves too little transfer time, or no room is large enough. Try a shorter meeting, fewer people or another room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/find_time_dialog.py" line="152"/>
        <source>Search, then choose one of the free times.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>This section comes in a later version of Summit Planner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Agenda Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Financing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>&amp;New Summit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Open the &amp;Sample Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <location filename="../../ui/main_window.py" line="185"/>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <location filename="../../ui/main_window.py" line="186"/>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Summit &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>Conflicts &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;About Summit Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>Cannot Open Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>Cannot Create the Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>New Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>New summit.summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>Cannot Create Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>That file is the summit that is open now; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>Cannot Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>Summit Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>Cannot Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <source>Conflicts in the schedule (View ▸ Conflicts Panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>%1, %2 to %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>About Summit Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>&lt;h3&gt;Summit Planner %1&lt;/h3&gt;&lt;p&gt;Plan a summit&apos;s meetings, agenda issues, positions and financing requests.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../ui/meetings/editor.py" line="74"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="75"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="95"/>
        <source>&lt;b&gt;Conflicts this meeting would have&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="124"/>
        <source>e.g. KZ–CN bilateral on the railway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="140"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="144"/>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="151"/>
        <source>No room yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="154"/>
        <source>%1 (%2%3 seats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="168"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="169"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="170"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="171"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="172"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="173"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="176"/>
        <source>Delegations and attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="189"/>
        <source>Attends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="189"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="197"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="321"/>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="328"/>
        <source>None: this meeting clashes with nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <location filename="../../ui/meetings/section.py" line="34"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/section.py" line="36"/>
        <source>New Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/section.py" line="37"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/section.py" line="38"/>
        <source>Duplicate the selected meeting (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/section.py" line="49"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/section.py" line="84"/>
        <source>All days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/section.py" line="87"/>
        <source>All delegations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPane</name>
    <message>
        <location filename="../../ui/record_pane.py" line="52"/>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_pane.py" line="57"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_pane.py" line="58"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_pane.py" line="59"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleSection</name>
    <message>
        <location filename="../../ui/schedule/section.py" line="48"/>
        <source>Previous day (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="52"/>
        <source>Next day (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="57"/>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="58"/>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="59"/>
        <source>One column per room or per delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="65"/>
        <source>Zoom: the height of one slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="66"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="67"/>
        <source>Show cancelled meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="68"/>
        <source>Home time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="69"/>
        <source>Find a Time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="80"/>
        <source>Show only the meetings of one delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="88"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="144"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="151"/>
        <source>Also show the time in the home capital (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/section.py" line="173"/>
        <source>%1: %2 meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome_page.py" line="16"/>
        <source>&lt;h2&gt;No summit is open&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome_page.py" line="17"/>
        <source>Open a summit file, start a new one, or explore the sample summit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome_page.py" line="19"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome_page.py" line="20"/>
        <source>New Summit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome_page.py" line="21"/>
        <source>Open the Astana 2025 Sample</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="45"/>
        <source>Unexpected Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="47"/>
        <source>Something went wrong that Summit Planner did not expect. Your summit is saved; the last action may not have been carried out. Details are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="55"/>
        <source>Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
