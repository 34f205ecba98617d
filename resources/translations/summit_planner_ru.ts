<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summit files (*.summit);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Agenda Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets and tables (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy minister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heads of state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy ministers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior officials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multilateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concessional loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot length (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer time (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Summit Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summit Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, counted in the Conflicts panel&apos;s groups.</source>
        <comment>… and %n more, counted in the Conflicts panel&apos;s groups.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Move the Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Change the Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Change the Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n meeting</source>
        <comment>Delete %n meetings</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reporting currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange rate for %1: left out of every total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 support, %2 conditional, %3 oppose, %4 neutral, %5 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many delegations support, support on conditions, oppose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (backup of %2).summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summit Open Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summit Cannot Be Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it read-only? You can read, export and copy it, not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a cleaned copy instead? It is written beside the file, which stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its newest good backup, from %1, has %2 meetings and %3 issues. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Backup As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1, a cleaned copy of %2 (%3 changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Restore the Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another window; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is the summit that is open now; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in %5 on %2 since %3 (process %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: its permissions allow no changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 holds something named %2 that is not a lock file of Summit Planner, so the summit cannot be changed while it is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written to, so the summit cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be locked for writing (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 skipped, %4 problem(s), from sheet “%5”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> New tracks: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet %1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more problem(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Summit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Sample Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Agenda Issues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summit &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Summit Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Summit Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Summit Planner %1&lt;/h3&gt;&lt;p&gt;Plan a summit&apos;s meetings, agenda issues, positions and financing requests.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summit Planner will use the chosen language when it is next started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error ({kind}: {error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last} ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home delegation: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financing requests: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {problem}; it was left as it is, and “{command}” writes a cleaned copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: {count}+ problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Integrity: %n problem</source>
        <comment>Integrity: %n problems</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts: not looked for; “{command}” writes a cleaned copy to check instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <comment>%n errors</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <comment>%n warnings</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts: {errors}, {warnings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{severity} [{kind}; meetings {ids}] {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The list is cut: %n more conflict is counted but not listed. Overlaps by delegation, person or room and day:</source>
        <comment>The list is cut: %n more conflicts are counted but not listed. Overlaps by delegation, person or room and day:</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change</source>
        <comment>%n changes</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {written}: a cleaned copy of {name} ({changes}; {name} itself was left as it is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map takes HEADER=field, not “{item}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing in {name} could be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {skipped} skipped (would be imported from sheet “{sheet}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {skipped} skipped (were imported from sheet “{sheet}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}, column {column}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path} (%n event)</source>
        <comment>Wrote {path} (%n events)</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The panel lists the first %n; the rest are counted there by delegation, person or room and day.</source>
        <comment>The panel lists the first %n; the rest are counted there by delegation, person or room and day.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more conflict, not listed; by delegation, person or room and day:</source>
        <comment>%n more conflicts, not listed; by delegation, person or room and day:</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A backup cannot be restored over the summit that is open; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” ({day} {start}–{end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({rank}, {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head of state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head of government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deputy minister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambassador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>senior official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} hold two meetings at once: {first} and {second}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} holds two meetings at once: {first} and {second}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} are expected in two meetings at once: {first} and {second}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} is expected in two meetings at once: {first} and {second}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} have {gap} to get from {here} to {there} between {first} and {second}; the transfer time is {transfer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} has {gap} to get from {here} to {there} between {first} and {second}; the transfer time is {transfer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute</source>
        <comment>%n minutes</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{meeting} is outside the summit&apos;s days ({first} to {last}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meeting} is outside the working hours ({start}–{end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meeting} has {required} required attendees but {room} seats {capacity}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meeting} is confirmed but has no room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {meeting}, {senior} faces {junior} as the most senior of their delegation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overlapping pair</source>
        <comment>%n overlapping pairs</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>among %n meeting</source>
        <comment>among %n meetings</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{who} is double-booked on {day}: {pairs} {among}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} is expected in two meetings at once on {day}: {pairs} {among}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation code is empty; type one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}” is not a delegation code; use two letters (ISO 3166, e.g. KZ) or an organisation&apos;s short code of up to 12 letters, digits or hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation name is empty; type one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{colour}” is not a colour; use the form #1F77B4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The precedence must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s name is empty; type one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the delegation this person belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} attends %n meeting for their present delegation; remove them from it before moving them to another delegation.</source>
        <comment>{name} attends %n meetings for their present delegation; remove them from those meetings before moving them to another delegation.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“{value}” is not a rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room name is empty; type one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity must be a whole number of seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>it takes part in %n meeting</source>
        <comment>it takes part in %n meetings</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %n financing request</source>
        <comment>it has %n financing requests</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it is referred to by %n other record</source>
        <comment>it is referred to by %n other records</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{names} cannot be deleted: {reasons}. Remove it from those first, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person of the delegation will be deleted.</source>
        <comment>%n people of the delegation will be deleted.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting attendance will be removed.</source>
        <comment>%n meeting attendances will be removed.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded position will be deleted.</source>
        <comment>%n recorded positions will be deleted.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda issue will have no lead delegation.</source>
        <comment>%n agenda issues will have no lead delegation.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting will have no room.</source>
        <comment>%n meetings will have no room.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a rate for {currency}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the rate is valid for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has no title; type one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}” is not a request code; use e.g. FIN-07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another request already has the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the delegation that asks (the borrower).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is asked (the lender).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an instrument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda issue no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The envelope no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The envelope {name} is the lender {short_name}&apos;s; a request drawing on it must be asked of that lender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen meeting no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new request starts as a draft or as submitted; move it on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals cannot be made by {by}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}” is not an issue code; use letters, a hyphen and a number, e.g. ECO-07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another issue already has the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue has no title; type one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the track the issue belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not an issue status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead delegation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>They are removed from %n meeting agenda item.</source>
        <comment>They are removed from %n meeting agenda items.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is cancelled; put the issue on another meeting&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue is already on that meeting&apos;s agenda; change its minutes in the meeting editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {value} meeting cannot become {value2}; it can become {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen room no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} cannot attend: their delegation does not take part in the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen financing request no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has no title; type one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is outside the summit, which runs from {first_day} to {last_day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting lasts from {shortest} minutes to 24 hours; the end must come after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{level}” is not a meeting level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{status}” is not a meeting status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes allotted to an issue must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issue on the agenda no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one delegation for the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen delegation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting has one host; choose only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not an amount; type digits, e.g. 250000000 or 1,250,000.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large to be real; check the zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts have at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a rate; type e.g. 0.1392.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate must be more than zero and below a million.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}” is not a currency code; use ISO 4217, e.g. USD, CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} {problem}, so nothing can be saved there; make it a folder you can write to, or set {variable} to another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a stance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issue or delegation of the selection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {label} no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>financing request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>financing request&apos;s meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>financing status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} could not be saved: {reason}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {label} is still in use and was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cleaned copy cannot replace the received file; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no summit description; it is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy cannot replace the file it is made from; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summit&apos;s name is empty; type one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the summit&apos;s first and last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summit may last at most {longest} days; check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{currency}” is not a currency code; use ISO 4217, e.g. USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot length must be 5 to 120 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer time must be 0 to 240 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home delegation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a time zone; use a name such as Asia/Almaty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The track has no name; type one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a track called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete one track at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The track {name} has %n issue; choose the track it moves to.</source>
        <comment>The track {name} has %n issues; choose the track they move to.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose another existing track for its issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the track {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the track {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a code or words of the title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 minutes allotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More minutes are allotted than the meeting lasts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose a Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationsSection</name>
    <message>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People of all delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166 code, e.g. KZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol precedence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings of %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the delegations&apos; positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions, talking points and red lines are sensitive: leave them out of files that go to other delegations or the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. &lt;a href=&apos;folder&apos;&gt;Open the folder&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed (%1); nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinancingSection</name>
    <message>
        <source>Financing requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the request along its workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Rates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All borrowers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange rate for %1: left out of the totals and the chart. Add the rates under Exchange Rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (+%1 without rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): announced %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested %1 · approved %2 · signed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Requests exceed the envelope by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted (no rate): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left empty: the next number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws on envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Financing Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Financing Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its history goes with it. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Change the Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindTimeDialog</name>
    <message>
        <source>Find a Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any room large enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule at This Time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Earliest free times&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one delegation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free time in the summit&apos;s days: every slot clashes for someone, leaves too little transfer time, or no room is large enough. Try a shorter meeting, fewer people or another room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search, then choose one of the free times.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Agenda Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Excel or CSV file a colleague sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings (a programme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions (issues × delegations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the other columns in the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which field is each column? Change any that is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Problems&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows checked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 sheet(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was stopped; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating issues: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding issues: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing meetings: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing positions: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stances of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1: %2 new and %3 updated issues; %4 rows skipped. Edit ▸ Undo takes the whole import back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuesSection</name>
    <message>
        <source>Agenda issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code, title, description, tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left empty: the track&apos;s next number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Issue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to a Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Add to the Meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create the Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New summit.summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summit Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts in the schedule (View ▸ Conflicts Panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written; see the log for why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [Read-Only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only&lt;/b&gt;: open elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts this meeting would have&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. KZ–CN bilateral on the railway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%3 seats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations and attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: this meeting clashes with nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected meeting (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionPanel</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this position (one undoable step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Select one cell to edit its talking points, red lines and fallback.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionsSection</name>
    <message>
        <source>All issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting&apos;s brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreements with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find issues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: S support · C conditional · N neutral · O oppose · U unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 Positions to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Set the Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Position: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save the Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Exchange Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much one unit of each currency is worth in %1. Requests in a currency without a rate are left out of totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPane</name>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are taken when a summit is opened and every ten minutes while it changes. A backup is restored to a new file; the open summit is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the backups of every summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleSection</name>
    <message>
        <source>Previous day (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One column per room or per delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom: the height of one slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cancelled meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a Time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the meetings of one delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show the time in the home capital (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackedBars</name>
    <message>
        <source>No request with an amount in %1 to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts asked, in %1, by borrower and status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummitDocument</name>
    <message>
        <source>“%1” could not be undone because of a fault in Summit Planner (the details are in its log). The step was taken off the Edit menu; check the records it touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be redone because of a fault in Summit Planner (the details are in its log). The step was taken off the Edit menu; check the records it touched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadPanel</name>
    <message>
        <source>&lt;i&gt;Select an issue to see where it has come up.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 · on %2 agendas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TracksDialog</name>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only track cannot be deleted while it has issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 issues. Move them to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Track %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h2&gt;No summit is open&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a summit file, start a new one, or explore the sample summit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Summit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Astana 2025 Sample</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Unexpected Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that Summit Planner did not expect. Your summit is saved; the last action may not have been carried out. Details are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log %1 cannot be written to (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that Summit Planner did not expect. Your summit is saved; the last action may not have been carried out. Details are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
