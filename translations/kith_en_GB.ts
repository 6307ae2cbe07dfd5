<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>CouncilSettings</name>
    <message>
        <source>security/idle_lock_minutes should be a number of minutes, such as 10; Kith locks after 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security/unencrypted_store should be ignore, warn or refuse, not &quot;%1&quot;; Kith warns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Early Help and Family Hub work with families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Kith with made-up families in a throwaway store that is deleted when Kith closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many made-up families --demo makes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the store in this file instead of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith cannot open this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-families needs a whole number, like 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith cannot make the demo families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith cannot open your store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your store is not on an encrypted disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A council setting was not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo store could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo store: made-up families, deleted when Kith closes. Demo PIN: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith-server</name>
    <message>
        <source>The central Kith server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port to listen on, e.g. 127.0.0.1:8470 (port 0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::Database</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Kith store: it is not a database file at all. Kith has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be set up: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be brought up to date: %2. It is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a SQLite database but cannot be read, so it may be damaged. Kith has not changed it. Restore it from a backup or ask your IT service for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database made by another program, not a Kith store. Kith has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Kith (store version %2; this Kith knows up to %3). Install the newer Kith to open it. The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s integrity check found errors. Kith has not changed it. Restore it from a backup or ask your IT service for help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::FamilyStore</name>
    <message>
        <source>A family needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A former name or alias belongs to nobody in this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such person in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are already the lead professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new lead professional must start after the current one did.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::Person</name>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other significant person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unborn baby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unborn baby of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::StoreCheck</name>
    <message>
        <source>The store is at version %1 and will be brought up to version %2 when Kith next opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row in %1 refers to a missing row in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index lists %1 people but the store holds %2; search may miss people until the index is rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Kith store at this path yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be opened to check its contents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::audit::AuditLog</name>
    <message>
        <source>The audit log cannot be read. Run kithctl check on the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit record %1 has been altered: its contents no longer match its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit records are missing before record %1 (the last intact record is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit records have been reordered: record %1 was written after record %2, not after record %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit record has been removed or replaced before record %1: it does not follow record %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest audit records have been removed: the log ends at record %1 but reached record %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n record(s) checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::calendar::BankHolidayRules</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St Patrick&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early May bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battle of the Boyne (Orangemen&apos;s Day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St Andrew&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (substitute day)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::calendar::OneOffHolidays</name>
    <message>
        <source>%1: not valid JSON at character %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object with a &quot;holidays&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holiday %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;date&quot; must be a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): &quot;name&quot; is missing; say what the holiday is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): &quot;replaces&quot; must be a date written YYYY-MM-DD in the same year, the regular holiday that moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot; is not a region; use england-and-wales, scotland or northern-ireland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): &quot;regions&quot; must list at least one region, or be left out for all of the UK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read; Kith was built without its calendar data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::calendar::WorkingCalendar</name>
    <message>
        <source>Council closure day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::demo</name>
    <message>
        <source>%1 family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::due::DueLabels</name>
    <message>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner who made the visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::due::DueReports</name>
    <message>
        <source>Team manager (not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody allocated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline policy &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::due::DueSettings</name>
    <message>
        <source>There is no professional with that id in this store: choose one from the list of professionals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deadline policy called &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::journey::JourneyLabels</name>
    <message>
        <source>Request for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened, waiting for a lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead professional named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan being reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family withdrew consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved out of the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family stopped taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepped up to children&apos;s social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepped down to universal support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice and guidance given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signposted to universal services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice and guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signposting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation to a lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for support received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager decided the direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further Early Help screening done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead professional allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact with the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan sent to everyone in the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team Around the Family meeting held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early Help closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::journey::JourneyStore</name>
    <message>
        <source>%1 is missing: give the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the request for support was received (%2): check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future: record it once it has happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no episode of Early Help with that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This episode of Early Help is closed; open a new one to record more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode needs a family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the request for support was received is missing: give the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for support is dated in the future: check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family already has an open episode of Early Help: close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage of the journey Kith records; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation needs the lead professional: choose who.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the contact happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child is marked seen alone but not seen: tick &quot;seen&quot; as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child can only be seen on a visit or face to face, not by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case note is empty: write what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chronology entry is empty: say what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chronology entry has no date: give the day it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chronology entry is dated in the future: give the day it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discussion is empty: write what was discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When supervision was held</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::lock::IdleLockPolicy</name>
    <message>
        <source>The idle lock can be at most 15 minutes; Kith locks after 15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle lock must be at least half a minute; Kith locks after half a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::lock::UnlockGate</name>
    <message>
        <source>A PIN or passphrase has already been chosen for this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith could not protect the PIN or passphrase: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith could not save the PIN or passphrase: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN or passphrase has been chosen for this store yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith could not write to its store, so it cannot unlock: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the right PIN or passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts: wait a minute before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts: wait %1 minutes before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts: wait a second before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts: wait %1 seconds before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::lock::UnlockSecretRules</name>
    <message>
        <source>Choose a PIN of at least %1 digits, or a passphrase of at least %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase cannot be only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN needs at least %1 digits. This one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PIN is too easy to guess. Avoid one digit repeated and digits in a row, like 123456.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters. This one has %2. (A PIN of only digits needs at least %3.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries are different. Type the same PIN or passphrase in both boxes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::policy::DeadlinePolicy</name>
    <message>
        <source>There is no deadline policy called &quot;%1&quot;; the presets are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read; Kith was built without its policy presets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::policy::PolicyReader</name>
    <message>
        <source>%1: not valid JSON at character %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a deadline policy must be a JSON object with &quot;name&quot;, &quot;title&quot; and &quot;rules&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the policy a short name in lower case, e.g. &quot;hackney&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the policy a title, e.g. &quot;London Borough of Hackney&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list at least one rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region; use england-and-wales, scotland or northern-ireland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each rule must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another rule already has this id; each rule needs its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the rule a short id in lower case with underscores, e.g. &quot;first_contact&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say in plain words what must happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same event starts and stops this clock, so it would never run; set &quot;repeats&quot;: true for a regular event such as a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the warning must come before the deadline, so it must be less than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with &quot;fact&quot; and &quot;due&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the fact in lower case with underscores, e.g. &quot;child_not_in_school_or_setting&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not someone Kith knows; use lead_professional, manager or recorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object such as {&quot;amount&quot;: 10, &quot;unit&quot;: &quot;working_days&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit; use hours, working_days, calendar_days, weeks or months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event Kith records; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field Kith knows (a spelling mistake?); the fields here are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::privacy::FilePermissions</name>
    <message>
        <source>%1 is a file, not a folder. Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith could not create the folder %1. Check that its parent folder exists and that you can write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a shared folder that other people can write to. Kith does not write personal data there: choose a folder of your own, such as one in your home folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link to another file. Kith does not write through links: remove it or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith could not write all of %1: %2. Check the free space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::privacy::PosixFilePermissions</name>
    <message>
        <source>%1 does not exist, so it cannot be made private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith could not make %1 readable only by you. Check that you own it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::privacy::Retention</name>
    <message>
        <source>A legal hold needs a reason, such as the court case or request it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no family with that id in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no current legal hold with that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family&apos;s record must be kept until %1 under the &quot;%2&quot; retention policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family&apos;s record is under a legal hold and cannot be destroyed. Lift the hold first if it no longer applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pending destruction review with that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A destruction must be reviewed by someone other than the person who proposed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family&apos;s record has been put under a legal hold since the destruction was proposed, so it cannot be destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::privacy::RetentionPolicy</name>
    <message>
        <source>The retention policy is not valid JSON (at character %1): it must be an object with &quot;name&quot; and &quot;rules&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention policy needs a &quot;name&quot;, such as &quot;Torbay 2026&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention policy needs &quot;rules&quot;: a list with at least one rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: &quot;basis&quot; must be &quot;years_after_last_activity&quot; or &quot;until_youngest_child_age&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: &quot;years&quot; must be a whole number from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::privacy::VolumeCheck</name>
    <message>
        <source>Kith&apos;s data folder %1 is not on an encrypted disk. If this computer is lost, the families&apos; records on it could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith could not tell whether its data folder %1 is on an encrypted disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your IT service to turn on disk encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your council&apos;s policy does not allow Kith to open it there. Ask your IT service to turn on disk encryption.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::subject_access::SubjectAccessExport</name>
    <message>
        <source>third party: another member of the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared family record: may mention other people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with the id %1 in this store. Find their id with kithctl search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third party: a professional&apos;s contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access: records held by Kith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records held about one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced %1. Entries marked for redaction review hold information about other people: review them before this is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For redaction review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services working with the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has looked at or changed these records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::AccessHistoryModel</name>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked at the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked at one person&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the family in a search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the family&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the family&apos;s record to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed the family&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared the family&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed the family&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed or lifted a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed how long the record is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used Kith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::AccessHistoryView</name>
    <message>
        <source>&amp;Who has looked at this family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has looked at this family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For managers: each time this family&apos;s record was opened, changed, printed, exported or shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith writes down every time someone opens, changes, prints, exports or shares this family&apos;s record. The newest is first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a family to see who has looked at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access history is not available for this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has opened this family&apos;s record on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the latest %1 events. Ask your hub for the older ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::CaseNoteDialog</name>
    <message>
        <source>Correct a case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note written on %1 stays on the record, marked as corrected. Your correction is added after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Corrected note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note: what happened, and what was said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is the same as before: change what needs correcting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::ChronologyEntryDialog</name>
    <message>
        <source>Add to the chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: moved to temporary accommodation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day it happened, today or before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::DisplayFormat</name>
    <message>
        <source>due date not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::DueItemsModel</name>
    <message>
        <source>Overdue today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by 1 working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by %1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from %1; due by the end of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child or young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::EpisodeStageDialog</name>
    <message>
        <source>Record screening decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate lead professional…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this episode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record first contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record assessment started…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record assessment completed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record plan agreed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record review held…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Team Around the Family meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vice and guidance (closes the episode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnpost to universal services (closes the episode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate to &amp;Early Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead professional:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed for the family, and the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure &amp;summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The universal support the family is signposted to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lead professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the episode is closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the closure summary: what changed for the family.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::FamilyDetailModels</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No named professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed with the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::FamilyListModel</name>
    <message>
        <source>Not named yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::FamilyListPane</name>
    <message>
        <source>Search: name, date of birth, postcode or NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name, a date of birth like 04/03/2015, a postcode or an NHS number. Results appear as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No families yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in name order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no families in this store yet. Families appear here once they are registered or synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 people found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No families match “%1”.&lt;/p&gt;&lt;p&gt;Try part of a name, a date of birth like 04/03/2015, a postcode or an NHS number.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::FamilyView</name>
    <message>
        <source>Choose a family from the list to see who is in the household, who is working with them and their lead professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other important people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other important people are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone numbers or email addresses yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who else is working with the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other services are recorded as working with the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead professional history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead professional has been named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current address recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded, %2 living in the household</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::JourneyTabs</name>
    <message>
        <source>My week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::JourneyView</name>
    <message>
        <source>Episode of Early Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Episode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;contact or visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrect this note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the chr&amp;onology…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;supervision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a s&amp;tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose this episode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new re&amp;quest for support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been recorded in this episode yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts or visits are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case notes are written in this episode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology of significant events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chronology is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision and management oversight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervision is recorded for this episode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a family to see their journey through Early Help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No episode of Early Help is recorded for this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Stage: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead professional: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for by: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (seen alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: after 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith, from the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management oversight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects the note of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the lead professional…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::LeadProfessionalCard</name>
    <message>
        <source>Lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not named yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has been agreed as lead professional for this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: &lt;a href=&quot;mailto:%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone or email recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1, agreed with the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::LockController</name>
    <message>
        <source>&amp;Lock Kith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide everything until your PIN or passphrase is typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::LockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN or passphrase to carry on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::LockSetupPage</name>
    <message>
        <source>&amp;Save and open Kith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PIN or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith keeps only a scrambled form of it that cannot be turned back into your PIN or passphrase. Choose one you will remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So that nobody else sees the families you work with, Kith locks itself when you leave it for %1, when you press Ctrl+L, close the lid or lock the screen. You unlock it with a PIN or passphrase that only you know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::MainWindow</name>
    <message>
        <source>Kith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work from another Kith store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text, for a projector or a big screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kith %1&lt;/h3&gt;&lt;p&gt;Kith helps Early Help and Family Hub practitioners work with families: who is in the family, who else is working with them, their assessment and their plan.&lt;/p&gt;&lt;p&gt;It works without a network and keeps everything in a store on this computer until it syncs with your hub.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Kith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Kith store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith stores (*.sqlite *.kith);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith cannot open this store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::MyWeekView</name>
    <message>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose yourself from the list of professionals to see your families and what is due. Kith remembers your choice on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue for your families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else is due in the next seven days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children and young people not seen within their limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every child and young person has been seen within their limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments and plans waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment or plan is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not the lead professional for any family with open Early Help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 family with open Early Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 families with open Early Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 child not seen within their limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 children not seen within their limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines follow the %1 policy, counted in working days for England and Wales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early Help Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::NewRequestDialog</name>
    <message>
        <source>Start a new request for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Parkfield Primary School, or self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Asked for by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family agreed to the request and to sharing with the hub&apos;s named agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Early Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;feguarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safeguarding response is for children&apos;s social care: follow your safeguarding procedure now, as well as recording the request here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response asked for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who asked for help, or &quot;self&quot; if the family did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the request was received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::PeopleTableModel</name>
    <message>
        <source>Unborn baby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::PrivacyScreen</name>
    <message>
        <source>&amp;Privacy screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the families on screen at once, without locking; press again to show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen is hidden. Press Ctrl+Shift+H to show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::RecordContactDialog</name>
    <message>
        <source>Record a contact or visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When it happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: check in after the school meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practi&amp;tioner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children and young people seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No children or young people are recorded in this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seen alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children can only be seen on a visit or face to face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done and said. You can write it up later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the visit was for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the contact was for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who made the contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::RecordDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is in the future: give when it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here has been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep typing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::StoreStatusBar</name>
    <message>
        <source>Offline — working from the local store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you do is saved on this computer and sent to the hub when Kith syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 changes waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::SupervisionDialog</name>
    <message>
        <source>Record supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case su&amp;pervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management &amp;oversight note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager or supervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ractitioner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was &amp;discussed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does what, by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the manager or supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was discussed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::TeamView</name>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child or young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue, %2 due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 policy. %2 families with open Early Help; %3 overdue and %4 due soon across %5 people.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kithctl</name>
    <message>
        <source>Usage: kithctl [--db FILE] [--json] COMMAND [ARGUMENTS]

Commands:
  init                              create the store, or bring it up to date
  demo [--families N] [--seed S]    fill an empty store with made-up families
       [--today YYYY-MM-DD]
  search TEXT [--limit N]           find people by name, date of birth, postcode
                                    or NHS number
  family show FAMILY_ID             show one family
  check                             check the store&apos;s integrity; exit 0 only when sound
  audit verify                      check the audit log&apos;s chain; exit 0 only when intact
  audit history --family ID         who looked at or changed a family&apos;s record
  subject-access --person ID --out DIR  everything held about one person (JSON, HTML)
  workdays add DATE N | count FROM TO  working days by UK bank holidays [--region R]
  due [--as-of DATE] [--all]        what is due and overdue for open episodes
      [--professional ID] [--agency ID]  (without --all: only overdue and due soon)
  retention due|hold|lift|propose|approve|reject  retention periods, legal holds
                                    and destruction reviewed by a second person

Options:
  --db FILE    the store to work on
  --json       print JSON instead of plain text
  --version    print the version

Exit status: 0 done, 1 failed, 2 the command was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kithctl::Invocation</name>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command needs --db FILE, the store to work on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs something to look for: part of a name, a date of birth, a postcode or an NHS number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unborn baby)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: kithctl --db FILE family show FAMILY_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no family with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is ready (store version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a new store (store version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today must be a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The store already holds %n families; demo families only go into an empty store.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No demo families were added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 demo families (%2 people) in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is sound: store version %1, %2 families, %3 people, %4 changes waiting to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been recorded for this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: kithctl --db FILE audit verify, or kithctl --db FILE audit history --family ID [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (1 working day overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 working days overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due takes no arguments, only options; not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of must be a date written YYYY-MM-DD (or a UK time YYYY-MM-DDTHH:MM), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 policy, as of %2: %3 open episodes, %4 overdue, %5 due soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: kithctl --db FILE retention due [--as-of YYYY-MM-DD] [--policy FILE.json]
     kithctl --db FILE retention hold --family ID --reason TEXT --by NAME
     kithctl --db FILE retention lift --hold ID --by NAME
     kithctl --db FILE retention propose --family ID --by NAME [--as-of YYYY-MM-DD]
     kithctl --db FILE retention approve --review ID --by NAME
     kithctl --db FILE retention reject --review ID --by NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the retention policy %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family is past its retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (legal hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: the family&apos;s records are destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: nothing is destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: kithctl --db FILE subject-access --person PERSON_ID --out FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 and %2: %3 records, %4 marked for redaction review before release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kithctl::Workdays</name>
    <message>
        <source>Usage: kithctl workdays add DATE N [--region REGION]
       kithctl workdays count FROM TO [--region REGION]
       kithctl workdays holidays YEAR [--region REGION]
Dates are YYYY-MM-DD; REGION is england-and-wales (the default), scotland or northern-ireland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date; write it as YYYY-MM-DD, e.g. 2026-12-24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is outside the years Kith knows the bank holidays for (%3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region &quot;%1&quot; is not a region; use england-and-wales, scotland or northern-ireland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: add, count or holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something workdays does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workdays add needs a date and a number of working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N must be a whole number of working days from %1 to %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer falls outside the years Kith knows the bank holidays for (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workdays count needs two dates, FROM and TO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workdays holidays needs a year from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
