<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>the unborn baby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refers to someone who is not in the list of people in the family. Choose one of the people listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith does not know this %1. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the people in the family: at least one child or unborn baby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two people have the same key. Give each person a different key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the same NHS number as %2. Each person has their own: check both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one child, young person or unborn baby: Early Help registers families with children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1&apos;s role in the family: child, young person, parent, carer or other important person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unborn baby&apos;s role is child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith does not know this role. Choose one of: child, young_person, parent, carer, other_significant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith does not know this gender. Choose one of: female, male, other, not_known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s given (first) name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1&apos;s family name (surname).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unborn baby has no date of birth yet. Clear the date of birth, or untick &quot;unborn baby&quot; if the baby has been born.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unborn baby&apos;s expected date of delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unborn baby has no NHS number yet. Clear the NHS number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person carrying the baby from the people already born.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1&apos;s date of birth. For a baby not yet born, tick &quot;unborn baby&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an unborn baby has an expected date of delivery. Clear it, or tick &quot;unborn baby&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an unborn baby is carried by someone. Clear this, or tick &quot;unborn baby&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which language %1 needs an interpreter for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of special educational needs support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot be related to themselves. Choose a different child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a child or young person. Relationships are recorded to each child; choose one of the children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s relationship to %2 is given twice. Keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how %1 is related to this child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how %1 is related to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first line of the address (house and street).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the postcode of the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date up to today, as day/month/year (like 01/05/2021).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family left this address before they moved in. Check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one address can be the family&apos;s address now. Give the date they left the earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address, or remove this email line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name the family is known by, like &quot;Khan family&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer to how the family heard of the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith does not know the field &quot;%1&quot;. Remove it or check its spelling (see docs/about-my-family.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this as text in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this as true or false, without quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the person by their key in quotes, or by their place in the members list (0 for the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this as a list in square brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each entry as an object in curly brackets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>kith::HubDirectorySection</name>
    <message>
        <source>No lead professional named yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead professional: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub could not be asked (no connection). Check again when online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync once to sign in, then the hub can be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub could not answer just now. Check again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known to the hub?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the hub again about the same details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known to the hub either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known to the hub; the family is on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more families</source>
        <translation>
            <numerusform>and %n more family</numerusform>
            <numerusform>and %n more families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Known to the hub: %n families</source>
        <translation>
            <numerusform>Known to the hub: %n family</numerusform>
            <numerusform>Known to the hub: %n families</numerusform>
        </translation>
    </message>
    <message>
        <source>Known to the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their records are not on this laptop. Ask their lead professionals before registering the family again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s records are not on this laptop. Ask the lead professional before registering the family again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub is asked once there is an NHS number, a family name and date of birth, or a full name and postcode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::MatchPanel</name>
    <message>
        <source>Is this family already known?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As you type a name, date of birth, postcode or NHS number, families already in this store that may be the same appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these is the family you are registering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very likely the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family may already be known. Contact the lead professional before you go on, then choose &quot;Add to this family&quot; or &quot;This is a different family&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some people look a little alike; none is a likely match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, born %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match score %1 out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead professional: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead professional yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not see this family&apos;s record. Contact the lead professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to this family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the people you are adding as part of this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a different &amp;family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to th&amp;is family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on this laptop looks like this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As you type a name, date of birth, postcode or NHS number, families already on this laptop that may be the same appear here.</source>
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
    <name>kith::assessment::AssessmentDeadline</name>
    <message>
        <source>1 working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
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
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date: the family&apos;s consent is not recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from the family&apos;s consent on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from the start of the assessment on %2 (no consent is recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::assessment::AssessmentLabels</name>
    <message>
        <source>Being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family partly agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family disagrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::assessment::AssessmentStore</name>
    <message>
        <source>There is no family with that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assessment form called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family already has an assessment in progress: carry on with that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assessment with that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment is waiting for sign-off, so it cannot be changed now. Ask the manager to return it if something needs changing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a question on this form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the row must be a child of this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version is already signed off. Change an answer to start the next version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment is not finished, so it cannot be sent for sign-off yet. Still needed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an assessment sent for sign-off can be signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent this assessment for sign-off, so someone else (a manager) must sign it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an assessment sent for sign-off can be returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments are missing: say what needs to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s comments are missing: write down, in their words, what they do not agree with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who said it: choose a member of this family, or leave it empty for the whole family.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::assessment::Completeness</name>
    <message>
        <source>add the people in the family to its record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the services working with the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the family&apos;s consent (written or verbal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw the family&apos;s genogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there are no children in the family record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: add at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::assessment::FieldValues</name>
    <message>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give this as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: keep this to one line, or use a longer answer field for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is %2 characters; keep it to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give a date as year-month-day, e.g. 2026-11-25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose one of the options given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give a whole number from %2 (%3) to %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give a number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: answer yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose a member of this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: answer each row&apos;s questions one by one.</source>
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
        <source>(someone no longer in the family record)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::assessment::FormDefinition</name>
    <message>
        <source>%1: %2 (not on this version of the form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give this as text; it cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key: use lower-case letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give this as a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice needs its options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scale runs between two whole numbers, the smaller first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the largest value must be above the smallest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeating rows need their fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this field&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field kind: use short_text, long_text, date, choice, scale, number, yes_no, person or repeating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeating rows cannot hold repeating rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section kind: use fields, family_members, involvements, consent or genogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no guidance called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section needs its fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version is a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a form needs its sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is not a form definition (JSON object): %2 at character %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a consent category: use %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::assessment::FormLibrary</name>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Kith does not have the form &quot;%1&quot; that the assessment was made with. Install the form definition, or update Kith.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment was made with version %1 of the form, which this Kith does not have. It is shown with version %2: answers to questions that version does not ask are kept, and listed at the end.</source>
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
        <translation>
            <numerusform>The audit log is intact: %n record checked.</numerusform>
            <numerusform>The audit log is intact: %n records checked.</numerusform>
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
    <name>kith::consent::ConsentLabels</name>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address and contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school or setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family relationships and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money and housing costs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::consent::ConsentStore</name>
    <message>
        <source>%1 is missing: give the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future: record it on the day or after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gave consent is missing: choose the member of the family who gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a parent or carer, so cannot consent for the family. Choose a parent or carer, or record a young person&apos;s consent for themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A young person&apos;s own consent is given by the young person: choose %1 as the person giving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s date of birth is not recorded: add it before recording their own consent (it must be 12 or over).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was %2 on %3: a young person can consent for themselves from the age of 12. A parent or carer consents for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: write in the competence note why you judged them able to understand what they are agreeing to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no consent to confirm: record consent given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no consent to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent was withdrawn on %1: record consent given again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is before the consent it refers to (%1): check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no family with that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The young person the consent is about is not in this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who obtained consent is missing: choose the practitioner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written consent needs a signature: ask the person giving it to sign in the box, or record the consent as verbal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the hub&apos;s named agencies: choose from the hub&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parents and carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which of the hub&apos;s agencies must not be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the professional who must not be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member of the family who must not be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the family said is missing: write down their wish in their own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person the information is about is not in this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a young person who has consented for themselves can keep information from their parents: choose the young person and record their own consent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no restriction with that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This restriction was already lifted on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the restriction is lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restriction cannot be lifted before it was recorded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safeguarding reason is missing: say why sharing must go ahead despite the family&apos;s wishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who made the safeguarding decision is missing: choose the professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The override ends before it starts: check the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restriction being overridden is not one of this family&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the information is being shared is missing: say what it is for (for example &quot;Family Plan sent after the TAF meeting&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::consent::FamilySharing</name>
    <message>
        <source>the parents and carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the family&apos;s own information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consent to share has been recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent withdrawn on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the hub&apos;s named agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent to share with %1 (last given or confirmed on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family did not agree to share with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the family&apos;s lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is working with the family, with consent given on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not working with the family and their agency is not one the family agreed to share with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family asked that %1%2 is not shared with %3: “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared under a safeguarding override by %1 on %2 (%3), although %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::consent::HubAgencies</name>
    <message>
        <source>There is no agency list for the hub &quot;%1&quot;; the lists Kith has are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an agency list: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;hub&quot; is missing: give the hub&apos;s short name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;review_months&quot; must be between 1 and 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: agency %2 needs an &quot;id&quot; and a &quot;name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; is used twice; each agency needs its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no agencies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::consent::Signature</name>
    <message>
        <source>The stored signature has no usable size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored signature has a drawing step Kith does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored signature is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored signature has too many points.</source>
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
    <name>kith::documents::AssessmentFamilyCopy</name>
    <message>
        <source>About this assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the family says about the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing off the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who contributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the assessment is up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be finished by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first score was %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of %2 (%3 = %4, %2 = %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unborn baby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other services are working with the family now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no consent in force at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family gave their consent by talking it through on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family gave their consent in writing on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no genogram for this family yet. It can be drawn with the family at the next visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The genogram could not be drawn for this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our family genogram, with its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family has not said yet whether they agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sent to a manager to be signed off, by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signed off by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sent back by %2 for some changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their comments: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment has not been sent to be signed off yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no family with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early Help Assessment family copy (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::documents::CopyFooter</name>
    <message>
        <source>Official-Sensitive: keep safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::documents::CopyReaders</name>
    <message>
        <source>--for &quot;%1&quot;: say who the copy is for as person:PERSON_ID, agency:AGENCY or professional:PROFESSIONAL_ID (leave it out for the family&apos;s parents and carers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--for person:%1: there is no one with that id in this family. Use the id of a member of the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--for agency:%1: not one of the hub&apos;s agencies. The hub&apos;s agencies are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--for professional:%1: there is no professional with that id. Use the id of a professional in this store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::documents::CopySharing</name>
    <message>
        <source>someone in the family asked for it not to be shared with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent to share it has been withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family has not agreed to share it with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family has not given consent to share it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and because </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment is not shown in this copy because %1. Please speak to the family&apos;s lead professional if you need to know more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some information is not shown in this copy because %1. This is how the family&apos;s wishes about their information are respected. Please speak to the family&apos;s lead professional if you have questions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::documents::FamilyCopyDocument</name>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not draw the PDF. Check that fonts are installed (the fonts-dejavu-core package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the PDF to %1 (%2). Check that the folder exists and that you may save files there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::documents::PlanFamilyCopy</name>
    <message>
        <source>A printed copy of the family&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no family with that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our family plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is version %1 of your plan, agreed at a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan has not been agreed at a meeting yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we will know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the family says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens if nothing changes</source>
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
    <message>
        <source>the council&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::genogram</name>
    <message>
        <source>Lives together</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::genogram::AddChildCommand</name>
    <message>
        <source>Add a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the parent to add a child to first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::genogram::AddParentCommand</name>
    <message>
        <source>Add a parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person to add a parent to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person already has two parents on the genogram. To show a step or foster parent, add them as the partner of a parent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::genogram::AddPartnerCommand</name>
    <message>
        <source>Add a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person to add a partner to first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::genogram::AddPersonCommand</name>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::genogram::AddRelationshipCommand</name>
    <message>
        <source>Draw a relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relationship joins two people on the genogram: drag from one to another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relationship joins two different people: drag to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::genogram::ChangeRecordCommand</name>
    <message>
        <source>That is no longer on the genogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change details of a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a couple relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a child&apos;s link to their parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a household</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::genogram::GenogramCheck</name>
    <message>
        <source>A person on the genogram has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two people on the genogram have the same id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A couple names someone who is not on the genogram: add the person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot be their own partner: choose two people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent and child line names someone who is not on the genogram: add the person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child&apos;s line needs at least one parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot be their own parent: choose someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relationship line names someone who is not on the genogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relationship line needs two different people: draw it to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household names someone who is not on the genogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would make someone their own ancestor: check who is whose parent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::genogram::GenogramStore</name>
    <message>
        <source>That record is already on the genogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no family with that id in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions must be of the same family&apos;s genogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family has no stored genogram yet: open it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is not on the genogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That couple is not on the genogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That child&apos;s line is not on the genogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That relationship is not on the genogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That household is not on the genogram.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::genogram::MovePeopleCommand</name>
    <message>
        <source>Move people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the people to move first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::genogram::PinPersonCommand</name>
    <message>
        <source>Pin in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the layout place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is no longer on the genogram.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::genogram::RemoveLineCommand</name>
    <message>
        <source>Remove a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a line to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::genogram::RemovePersonCommand</name>
    <message>
        <source>Remove a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is no longer on the genogram.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::genogram::SetHouseholdMembershipCommand</name>
    <message>
        <source>Add to the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out of the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is no longer on the genogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That household is no longer on the genogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They already live in this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are not in this household.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::genogram::gedcom::GedcomImport</name>
    <message>
        <source>The file has %1 people; a family genogram holds at most %2, so only the first %2 were imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not say which GEDCOM version it is; it was read as GEDCOM 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is GEDCOM %1; Kith reads 7 and 5.5.1, so some details may be missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points to @%2@, which is not a person in this file; the link was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person (INDI) without an @id@ was skipped: nothing could point to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second person with the id @%1@ was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pregnancy outcome Kith knows; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place on the drawing must be two numbers (&quot;x y&quot;); it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family (FAM) without a new @id@ was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of couple Kith knows; they were taken as married.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAMC points to @%1@, which is not a family in this file; the link was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAMS points to @%1@, which is not a family in this file; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of parenting Kith knows; the child was linked by birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of relationship Kith knows; the line was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family @%1@ has children but no parents; they were imported without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In family @%1@ someone is their own parent; that link was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file makes %1 their own ancestor; one parent link was left out to break the circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::genogram::gedcom::LineReader</name>
    <message>
        <source>The file says it is in ANSI (Windows-1252); it was read as Latin-1, so a few symbols may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is in the %1 character set, which Kith cannot read: %2 letters outside plain English were replaced by &quot;?&quot;. Export the file again as UTF-8 (GEDCOM 7 or 5.5.1 with CHAR UTF-8) to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not valid UTF-8 (first from this line): the letters that could not be read show as a question mark in a diamond. Check the file&apos;s character set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB; Kith reads GEDCOM files up to %2 MB. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 lines; the rest was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has a NUL character in it (the file may be damaged); it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is %1 characters long; only the first %2 were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is not a GEDCOM line (level, tag, value); it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 comes straight after level %2; this line and the lines under it were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is nested %1 levels deep; Kith reads up to %2. It was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more lines were skipped for the same kinds of reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not start with a GEDCOM header (0 HEAD); it was read as far as possible.</source>
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
    <name>kith::match::FamilyMerger</name>
    <message>
        <source>A family cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no family with that id in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That family has already been merged into another; undo that merge first or merge into the family it joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no merge with that id in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That merge has already been undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge record names a table this store does not have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::match::MatchReasons</name>
    <message>
        <source>Same first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known nickname (%1 for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another form of the name (%1 for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyphenated surname shares a part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name sounds alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name spelt nearly the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name begins the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same initial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number one digit different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day and month swapped in the date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth one digit different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lived at this postcode before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same postcode area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and family names swapped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::meeting::ICalendar</name>
    <message>
        <source>%1 (family %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::meeting::MeetingInvitation</name>
    <message>
        <source>The invitation needs an organiser with an email address: choose a chair for the meeting, or add an email address to the chair&apos;s (or lead professional&apos;s) details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Team Around the Family meeting. What we will do:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::meeting::MeetingLabels</name>
    <message>
        <source>First TAF meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAF review meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing TAF meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
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
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things are better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things are worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worries have gone up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worries have gone down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worries are the same</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::meeting::MeetingPolicy</name>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a setting Kith knows; use &quot;next_review&quot; or &quot;circulate_within&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of weeks from 1 to 12 (a review is never more than 12 weeks away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with &quot;default_weeks&quot;, &quot;min_weeks&quot; and &quot;max_weeks&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have min_weeks &lt;= default_weeks &lt;= max_weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be like {&quot;amount&quot;: 5, &quot;unit&quot;: &quot;working_days&quot;} (a whole number from 1 to 60; unit working_days, calendar_days or weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the council&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read; Kith was built without its policy presets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::meeting::MeetingStore</name>
    <message>
        <source>The change of lead professional could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead professional is named at the first meeting; at a later meeting record a handover instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead professional: there is no professional with that id; choose one from the list of professionals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s agreement is missing: say which family members agreed to this lead professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who agreed: choose family members who were at the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead professional was already named at this meeting; record a handover to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named at the first Team Around the Family meeting, with the family&apos;s agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family: there is no family with that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting: there is no meeting of this family with that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead professional: there is no professional with that id; choose one from the list of professionals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover date is missing: say from which day the new lead professional takes over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason is missing: say why the lead professional is changing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who agreed: choose members of this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family has no lead professional to hand over from: name one at the first meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is sent out after the meeting: record the meeting as held first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to: choose someone who was at the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on: give the day it was sent, from the day of the meeting up to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting with the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting was cancelled, so it cannot be changed. Plan a new meeting instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: the date and time are missing; say when the meeting starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length: a meeting lasts from 5 minutes to 10 hours; give its length in minutes (usually 60 to 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place is missing: say where the meeting will be (for example the family&apos;s home, the school or the family hub).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair: there is no professional with that id; choose one from the list of professionals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting has been held, so it cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To move a meeting give its new start, its length (5 to 600 minutes) and its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member: choose a member of this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional: there is no professional with that id; choose one from the list of professionals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name is missing: write the name of the person coming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role is missing: say in plain words why they are there (for example &quot;Interpreter&quot; or &quot;Grandmother&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the list for this meeting; change their attendance instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is not on the list for this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda step: choose a step from 1 to 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty: write what was said or agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first meeting has nothing to review yet: record the review at the next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling score: give a whole number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each note on a plan action must name one action, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened is missing for one of the plan actions: write a few words, or leave that action out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting is already recorded as held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who came is missing: mark at least one person as present before recording the meeting as held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review date: a closing meeting has no next review; leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review date: set it when recording a first or review meeting as held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a planned meeting can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason is missing: say why the meeting is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::meeting::ReviewDates</name>
    <message numerus="yes">
        <source>Next review date is missing: choose a date, usually %n weeks after the meeting.</source>
        <translation>
            <numerusform>Next review date is missing: choose a date, usually %n week after the meeting.</numerusform>
            <numerusform>Next review date is missing: choose a date, usually %n weeks after the meeting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next review date: a review can be at most 12 weeks after the meeting, so choose %1 or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next review date: the council&apos;s policy sets reviews at most %n weeks after the meeting, so choose %1 or earlier.</source>
        <translation>
            <numerusform>Next review date: the council&apos;s policy sets reviews at most %n week after the meeting, so choose %1 or earlier.</numerusform>
            <numerusform>Next review date: the council&apos;s policy sets reviews at most %n weeks after the meeting, so choose %1 or earlier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next review date: the council&apos;s policy sets reviews at least %n weeks after the meeting, so choose %1 or later.</source>
        <translation>
            <numerusform>Next review date: the council&apos;s policy sets reviews at least %n week after the meeting, so choose %1 or later.</numerusform>
            <numerusform>Next review date: the council&apos;s policy sets reviews at least %n weeks after the meeting, so choose %1 or later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::meeting::VisualAgenda</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We say hello, say who we are and what we do, and who could not come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we work together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We agree how we will talk and listen, breaks and phones, and what we keep private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we are here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We say in a few words what this meeting is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We look at the assessment and the last meeting, and everyone adds what they know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is going well and what is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family says what they are good at, and we agree what needs to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together we write who will do what, and by when, in the family&apos;s own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When we meet again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We choose the date, time and place to look at how the plan is going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone gets the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone here gets a copy of the plan, and the children hear what was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::plan::PlanDiff</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we will know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How their views were gathered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How confident: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens if nothing changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::plan::PlanJson</name>
    <message>
        <source>it must be text and not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the codes it can have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: each entry must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;owner&quot; must be an object with &quot;kind&quot; and &quot;name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Kith plan document: &quot;kind&quot; must be &quot;%1&quot;. Export one with kithctl plan export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must hold one JSON object: a Kith plan document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::plan::PlanLabels</name>
    <message>
        <source>Getting a good education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good early years development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improved mental and physical health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoting recovery and reducing harm from substance use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improved family relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children safe from abuse and exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crime prevention and tackling crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe from domestic abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::plan::PlanStore</name>
    <message>
        <source>There is no plan with that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no family with that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family already has a plan: carry on with that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose a member of this family, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The need is empty: write what the family needs help with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That need is not in this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome is empty: write what will be different for the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The need this outcome meets is not in this plan: choose one of the plan&apos;s needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That outcome is not in this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done is empty: write the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome this action is for is not in this plan: choose one of the plan&apos;s outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does it: choose a member of this family, or a professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does it: there is no professional with that id in the directory. Choose one, or write their name only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That action is not in this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose views: choose a child or young person in this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s views are empty: write them in their own words, or what you saw for a young child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not at the meeting: say how their views were gathered (for example &quot;talked with their teacher&quot; or &quot;drew a picture at home&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How confident: the score must be from 0 (not at all) to 10 (completely).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How confident: say who gave this score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gave the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That score is not in this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no actions yet, so there is nothing to agree. Add what will be done, by whom and by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed since version %1 was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::plan::RagLabels</name>
    <message>
        <source>Red: overdue or not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber: due soon, or no date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green: on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::plan::SmartCheck</name>
    <message>
        <source>Nobody is named to do this, so it may not happen. Choose who will do it: a member of the family or a professional, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no date, so nobody can tell at the review whether it is late. Agree a date by when it will be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date (%1) has passed and this is not done. Agree a new date, or mark it done or no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not say how we will know it is done. Write what everyone will see when it has worked, e.g. &quot;Ali is at school 9 days out of 10&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; with nothing to count is hard to review: people can read it differently. Add a number, how often or a date, e.g. &quot;attend 9 of 10 school days each week&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no actions yet. For each outcome, agree what will be done, by whom and by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 actions still open. More than %2 is a lot for a family to keep track of: keep the ones that matter most now and add others at the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action is for the family themselves. A plan works best when the family does part of it: agree at least one thing a family member will do.</source>
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
    <name>kith::projection::SafeToProject</name>
    <message>
        <source>Not for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of something not shown on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::registration::DraftStore</name>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::registration::FieldChecks</name>
    <message>
        <source>An NHS number has only digits, with or without spaces, like 943 476 5919. Remove any letters or other signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An NHS number has 10 digits; this one has %1. Check it against the person&apos;s NHS letter, app or red book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid NHS number: its last digit does not match the others, so a digit is probably mistyped. Check it against the person&apos;s NHS letter, app or red book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a UK postcode. A postcode looks like TQ1 4AB or SW1A 2AA: check the letters and numbers, and that O and 0 or I and 1 are not mixed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the phone number, or remove this phone line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number is from outside the UK. Kith records UK numbers only: write a number from abroad in the family&apos;s notes instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number can have only digits, spaces, brackets, dashes and a + at the start. Remove any letters or other signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UK phone number starts with 0 or +44, like 07700 900123. Add the 0 at the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number has %1 digits; a UK number has 11 (a few landlines have 10), counting the 0 at the start. Check for a missing or extra digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK phone numbers do not start like this one. Check the first digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an email address. It should look like name@example.org, with no spaces: check the @ and the part after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a date of birth Kith can read. Write it as day/month/year, like 04/03/2019 (or 2019-03-04), and check that the day exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is in the future. Check the year; for a baby not yet born, tick &quot;unborn baby&quot; and give the expected date of delivery instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is more than 120 years ago. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an expected date of delivery Kith can read. Write it as day/month/year, like 14/02/2027 (or 2027-02-14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected date of delivery has passed. If the baby has been born, untick &quot;unborn baby&quot; and give the date of birth instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected date of delivery is more than 10 months away. Check the month and the year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::registration::RegistrationJson</name>
    <message>
        <source>The file is not valid JSON (%1 at character %2). Check the brackets, quotes and commas there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must hold one About my Family document: an object in curly brackets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::store::WriteScope</name>
    <message>
        <source>Who is writing is not known: choose who you are first.</source>
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
    <name>kith::sync::ConflictResolver</name>
    <message>
        <source>That conflict is not open: it may have been resolved already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A removed record cannot be brought back from here yet; add it again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Kith does not know the field in conflict.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::sync::RefusedChanges</name>
    <message>
        <source>That refused change is no longer in the list: it may have been dismissed already. Close the list and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvement of a professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact with the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step in the family&apos;s journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub does not record you as working with this family, so it did not take the change. If you do work with them, ask your manager to add you, then make the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator accounts cannot change family records. Sign in with your practitioner account and make the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of record cannot be changed or removed once written. Add a new one that corrects it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub does not have this family. If the family was removed, the change is not needed; otherwise tell your Kith administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub already has a different record under the same identity. Tell your Kith administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub no longer has this record; it may have been removed on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused it: “%1”. Tell your Kith administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::sync::SyncEngine</name>
    <message>
        <source>This store already syncs with %1 as %2. Use that server and account, or a new store for this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are safe on this computer and will be sent next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the Kith server. Check the network connection or try again later. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password was not accepted. Check them and try again. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has ended. Enter your password to sign in again. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 %2 the server&apos;s. Set the correct date and time, then sync again. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is locked after too many wrong passwords. Try again in %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: wait %1 seconds before trying again. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says this account may not do that. Ask your Kith administrator. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Kith cannot sync with that server. Update Kith. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not finish the sync. Try again later. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood. Check the server address. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store already syncs with another server or account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith could not save what came from the server on this computer. Nothing was lost; try again, and if it happens again tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was interrupted. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 %2 the server&apos;s. Set the correct date and time: from 15 minutes off, syncing stops until it is put right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped. Everything received so far is kept; the rest comes next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::sync::TokenStoreText</name>
    <message>
        <source>You have not signed in to this server on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain that Kith can use, so Kith cannot remember that you signed in. You will be asked for your password each time you sync; it is never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not let Kith keep your sign-in. You will be asked for your password when you sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui</name>
    <message>
        <source>Could not write the picture to %1. Check that the folder exists and that you may save files there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family genogram with its key, made by Kith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the SVG file %1. Check that the folder exists and that you may save files there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the PDF file %1. Check that the folder exists and that you may save files there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose PNG, SVG or PDF.</source>
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
    <name>kith::ui::AgendaController</name>
    <message>
        <source>The meeting could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::AgreementDialog</name>
    <message>
        <source>The family&apos;s view of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the assessment with the family, then record whether they agree with it. If they do not agree, write down what they say in their own words: it stays on the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They &amp;agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They agree with &amp;some of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They &amp;disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their w&amp;ords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::AnswerAutosaver</name>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: one answer needs changing (see the message by it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 answers need changing (see the messages by them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::AssessmentHeader</name>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;d for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return with co&amp;mments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the famil&amp;y&apos;s view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>His&amp;tory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family does not agree with everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager signs off an assessment or returns it. This laptop syncs as a hub account that is not a manager&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::AssessmentPage</name>
    <message>
        <source>Choose a family to see their Early Help Assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family has no Early Help Assessment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Early Help Assessment is written with the family: their story, what is going well, what everyone is worried about, what each child says, and what support would help; every service then works from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the Early Help &amp;Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secti&amp;ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point (the first score given): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a family first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any comments for the record (you may leave this empty):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return with comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs to change before it can be signed off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assessment to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assessment to sign off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assessment to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assessment to record the family&apos;s view on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::AssessmentSummary</name>
    <message>
        <source>Draft of version %1: changes since version %2 was signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, being written with the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent for sign-off on %1 by %2. It cannot be changed until a manager signs it off or returns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent for sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off: version %1, on %2 by %3. Changing an answer starts version %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off: version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned with comments: change what the manager asks, then send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned it on %2: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: it was due %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% complete: %2 of %3 needed answers given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the family record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agreed with the assessment (version %2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 partly agreed with the assessment (version %2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disagreed with the assessment (version %2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> In their words: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed before it can be sent for sign-off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; and %1 more (see the sections not yet ticked).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::BackgroundPage</name>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About each person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person, then fill in what the family is happy to share. All of this is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. English, Polish, British Sign Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the family&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;thnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GP practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School or setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEN&amp;D support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabilit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heard of the hub from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unborn baby</source>
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
    <name>kith::ui::ChairWindow</name>
    <message>
        <source>TAF meeting: chair&apos;s screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan (A adds an action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the &amp;projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen for the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is here: ticked people are in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for this step (not shown on the projector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the plan may be shown on the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item in the plan is not shown on the projector (marked in the plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items in the plan are not shown on the projector (marked in the plan).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::CheckPage</name>
    <message>
        <source>&lt;b&gt;To put right before registering:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this back to the family. Press Enter to register them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family may already be known. On the people step, choose &quot;This is a different family&quot; or add them to the family already known.</source>
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
    <name>kith::ui::CirculationPanel</name>
    <message>
        <source>Sending the plan to everyone who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the plan was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the meeting, the agreed plan goes to everyone who came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who came has had the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: the plan should have gone to everyone by %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the plan to everyone who came by %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to send: 1 person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to send: %1 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who was sent the plan first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::ConflictListModel</name>
    <message>
        <source>A family no longer on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deleted on one computer, changed on another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the record now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::ConflictResolverDialog</name>
    <message>
        <source>Keep &amp;this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep t&amp;hat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the value that is in the record now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the other change instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the right value yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no conflicts to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One detail was changed differently on two computers while they were offline. Both changes are kept here until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 details were changed differently on two computers while they were offline. Both changes are kept here until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the right value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith could not save your choice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm consent is still given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the date below nothing is shared with anyone on the strength of this consent. Everything recorded so far stays on the record. Withdrawing never stops the family getting help in future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole family (a parent or carer consents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, for themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdrawn by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Obtained by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: signed on the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to record their information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to store it in Kith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and to share it with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They agree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged able to understand: how they showed they understood what they agree to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Competence note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who in the family gave consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the practitioner who obtained consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the person giving consent to sign in the box, or choose verbal consent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::ConsentPage</name>
    <message>
        <source>Consent and information sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm consent is still &amp;given…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do &amp;not share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the family agreed to share with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the family does not want shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding &amp;override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lift restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the family&apos;s restriction being lifted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature on the latest written consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a family to see their consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone no longer in the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn on %1 by %2. Nothing is shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent has been recorded yet. Nothing is shared until the family agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given (%1) by %2, obtained by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last confirmed on %1. Review overdue since %2: ask the family whether their consent still stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last confirmed on %1; ask again by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 withdrew their own consent on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 consents for themselves (since %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
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
        <source>Not to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden for safeguarding by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::ContactPage</name>
    <message>
        <source>How to contact the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers and email addresses, and whose each one is. Leave a line empty if it is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 07700 900123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone &amp;1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone &amp;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone &amp;3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second e&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household</source>
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
    <name>kith::ui::FamilyAddressPage</name>
    <message>
        <source>The family and their address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the family lives now. Leave the address empty if they have no fixed address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Khan family (made from the surname if empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. TQ1 4AB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family &amp;known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address &amp;line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line &amp;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Moved in</source>
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
    <name>kith::ui::FieldEditor</name>
    <message>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed before the assessment can be sent for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2, %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year-month-day, e.g. 2026-11-25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored</source>
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
</context>
<context>
    <name>kith::ui::GenogramDetailsPanel</name>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person or a line to see and change its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also changes the family record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child the assessment is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives in the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep where I put them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until (year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couple relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child&apos;s link to their parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they get on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::GenogramEditor</name>
    <message>
        <source>Key to the symbols and lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of relationship to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In or out of the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: %1 Your changes are kept and will be saved with the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person or a line to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed. Undo (%1) puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag from one person to another to draw a &quot;%1&quot; line. Press R again to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the first person, then press Shift+R to pick the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the genogram as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>genogram.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG picture (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file name an ending of .png, .svg or .pdf to choose the kind of picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the genogram to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::GenogramLabels</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender-diverse or not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miscarriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stillbirth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Married</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fostered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepchild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinship care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neglect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caring for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cp. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lt. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eng. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>div. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wid. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sep. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child the assessment is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::GenogramPage</name>
    <message>
        <source>Genogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The genogram could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::GenogramPrint</name>
    <message>
        <source>Print the genogram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::GenogramView</name>
    <message>
        <source>Genogram drawing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::HistoryDialog</name>
    <message>
        <source>History of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version has been signed off yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed between versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, being written now: the answers so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, as first signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, being written now, against version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 against version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers changed.</source>
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
    <name>kith::ui::LeadPanel</name>
    <message>
        <source>Lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional at the meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family members who agree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the lead professional is changing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the family&apos;s lead professional, since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead professional has been named yet. At the first meeting, name one with the family&apos;s agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No professional at this meeting: invite one first</source>
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
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::MeetingDetails</name>
    <message>
        <source>Who was invited, who came, apologies</source>
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
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in plain words, e.g. Mum, school nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes under each agenda step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is life better for the family?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling score now (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have the worries gone up or down?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::MeetingsPage</name>
    <message>
        <source>Team Around the Family meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the &amp;visual agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agree the plan and record as held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark who came first (Attendance: Present), then record the meeting as held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be agreed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting could not be recorded as held: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as held. The next review is on %1; send the plan to everyone who came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date to be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the meeting cancelled? The family&apos;s record keeps the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was not cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is cancelled. Schedule another when the family and the team can meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first Team Around the Family meeting brings the family and the people who help them together, to agree the plan and who will be the lead professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule the first meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a family to see their meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting in the list to see who was invited, the notes and the review.</source>
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
    <name>kith::ui::OverrideDialog</name>
    <message>
        <source>Safeguarding override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family asked that %1 is not shared with %2: “%3”. Only a safeguarding concern can override this. The decision, its reason and who made it are kept on the record, and every share it allows says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding &amp;reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decided by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the safeguarding concern is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who made the safeguarding decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::OwnerChoices</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::PeoplePage</name>
    <message>
        <source>&amp;Add another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unborn baby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li&amp;ves in the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is in the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the household, any baby on the way, and important people who live elsewhere. Alt+A adds the next person.</source>
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
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other important person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
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
        <source>10 digits, e.g. 943 476 5919 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this person is related &amp;to each child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Famil&amp;y name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected date of delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carried by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gend&amp;er</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;HS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;ople in the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Already known?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unborn baby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unborn baby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
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
    <name>kith::ui::PlanEditor</name>
    <message>
        <source>&amp;Start the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan: needs, outcomes and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need, outcome or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a need, outcome or action to change it, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a family to see their plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan yet. Starting one brings in the worries and the help asked for in the family&apos;s assessment as needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: not projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a need first: each outcome is for one of the family&apos;s needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an outcome first: each action is a step towards an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this need, with its outcomes and their actions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this outcome and its actions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this action?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::PlanItemForm</name>
    <message>
        <source>Choose a need, outcome or action to change it, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: never shown on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the family needs help with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Walk Zainab to school by 8:45 every school day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. School says she was on time 9 days out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we will know it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::PlanPage</name>
    <message>
        <source>Family plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views and confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed versions and changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: not agreed at a meeting yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As agreed at the meeting (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: changed since version %1 was agreed at the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::PlanVersionsPanel</name>
    <message>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1. %2 was “%3”, now “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed at the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since the last meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, agreed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not agreed at a meeting yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since the last meeting: the plan has not been agreed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since the last meeting (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed since it was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::PlanViewsPanel</name>
    <message>
        <source>The family&apos;s views of the plan, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How confident is everyone that the plan will help? (0 not at all, 10 completely)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who, e.g. Amira (Mum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will happen if things do not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was at the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When not there: how their views were heard, e.g. talked with their teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: never shown on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How gathered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::PresentationWindow</name>
    <message>
        <source>TAF meeting agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
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
    <name>kith::ui::ProjectedPlanView</name>
    <message>
        <source>The plan will appear here as it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will know when: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we think</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure %1 is that the plan will help: %2 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If nothing changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::RagChip</name>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
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
    <name>kith::ui::RefusedChangesDialog</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the server did not accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the hub refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not about one family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family no longer on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has accepted every change sent from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not accept these changes, so they are only on this computer and will not be sent again. Check each one, put it right if it matters, then dismiss it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it off this list once you have put it right or decided it is not needed. The change itself is not sent again; the audit log records that you dismissed it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::RegistrationLauncher</name>
    <message>
        <source>&amp;Register a family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in About my Family with a family who are new to the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on with a registration?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registration started on %1 was not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on where it was left, or start a new one? The unfinished one is kept until it is registered or discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a new one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::RegistrationWizard</name>
    <message>
        <source>Register a family – About my Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this registration?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you have typed for this family will be deleted. Keep it as a draft to finish it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::RepeatingEditor</name>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no children in the family record yet. Add them on the Family tab and they appear here, one entry each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::RestrictionDialog</name>
    <message>
        <source>Something the family does not want shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not &amp;share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about anyone in the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the hub&apos;s agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member of the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the young person&apos;s parents and carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said, in their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Asked by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every parent and carer in the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who must not be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the family said, as they said it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::ScheduleMeetingDialog</name>
    <message>
        <source>Schedule a TAF meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Family Hub, Union Street, meeting room 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::SectionEditor</name>
    <message>
        <source>Questions to talk through with the family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::SharedSectionView</name>
    <message>
        <source>Change the people on the Family tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the services on the Family tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verbally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s consent is in force: given %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s consent is not in force now (it was last given %1 on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See or record consent on the Consent tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s genogram has been drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No genogram has been drawn yet. Draw it with the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Genogram tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is in the family record yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people in the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other services are recorded as working with the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services working with the family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::SignInDialog</name>
    <message>
        <source>Sign in to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://kith.your-council.gov.uk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your hub&apos;s server to send your changes and receive the families you work with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith keeps your sign-in in this computer&apos;s keychain, never your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in and sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address: type the address your hub gave you, for example https://kith.your-council.gov.uk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address: it must start with https:// followed by the server&apos;s name, for example https://kith.your-council.gov.uk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: type the user name your hub gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith will ask for your password each time it syncs, and never keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::SignaturePad</name>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign here with a mouse, a pen or a finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::SmartPanel</name>
    <message>
        <source>Is the plan SMART?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART check findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action says who, what, by when and how we will know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 thing to look at. Choose it to go to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 things to look at. Choose one to go to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMART check appears when there is a plan.</source>
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
    <name>kith::ui::SyncController</name>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your changes to the hub and receive theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to keep where a detail was changed differently on two computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes off the server&apos;s. Set the date and time right before it stops syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the server &amp;did not accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the step under way; what has been received is kept and the rest comes next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the changes the hub refused, why, and dismiss them once dealt with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kith::ui::SyncStatusText</name>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: %L1 changes sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: %L1 changes received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 1 conflict to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %L1 conflicts to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the same details while you were offline. Open Sync → Resolve conflicts to choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you do is saved on this computer and sent to the hub when Kith syncs (Ctrl+Shift+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the sync after this step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes: %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving: %L1 of about %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 1 change not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %L1 changes not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not accept some of your changes, so they are only on this computer. Open Sync → Changes the server did not accept to see why.</source>
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
  policy show | use NAME | load FILE  the deadline policy: a preset (hackney, torbay,
                                    westminster) or the council&apos;s own JSON file
  consent show --family ID          the family&apos;s consent, restrictions and overrides
  consent may-share --family ID --with AGENCY [--what CATEGORY] [--purpose WHY]
                                    may this be shared with them, and why (logged
                                    as a sharing decision when --purpose is given)
  retention due|hold|lift|propose|approve|reject  retention periods, legal holds
                                    and destruction reviewed by a second person
  register FILE.json                register a family from an About my Family
                                    document (docs/about-my-family.md)
  match JSON [--limit N]            is this person already known? best matches first
  match duplicates | merge KEEP DUP | unmerge MERGE_ID  families registered twice
  genogram import --family ID FILE.ged  make a GEDCOM family tree the family&apos;s genogram
  genogram export --family ID --format gedcom|svg|png|pdf --out FILE
                                    the genogram as GEDCOM 7 or as a picture
  assessment show --family ID       the family&apos;s Early Help Assessment: status, due
                                    date, what is complete and what is missing
  assessment export --family ID --format json --out FILE  the whole assessment
  assessment export --family ID --format pdf --out FILE [--for WHO]  the family copy,
                                    for person:ID, agency:KEY or professional:ID
  plan export --family ID --format json --out FILE  the family&apos;s plan, with RAG
  plan export --family ID --format pdf --out FILE [--for WHO]  the plan&apos;s family copy
  plan check FILE [--today DATE]    SMART findings for a plan document (--json: a list)
  meeting list --family ID          the family&apos;s Team Around the Family meetings
  meeting invite --meeting ID --out FILE.ics  the meeting as a calendar invitation
  sync --server URL --user NAME [--password-stdin] [--no-keychain] [--progress]
                                    sync once with the Kith server (a token kept in
                                    the keychain saves giving the password;
                                    --progress: a line per step on stderr; Ctrl+C
                                    stops after the step, keeping what was done)

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
        <translation>
            <numerusform>The store already holds %n family; demo families only go into an empty store.</numerusform>
            <numerusform>The store already holds %n families; demo families only go into an empty store.</numerusform>
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
    <message>
        <source>%1 (%2, version %3 of the form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>        missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family does not agree with all of it: see their comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the family: --family FAMILY_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write it: --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family has no Early Help Assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the assessment to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent has been recorded for this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given (%1), last confirmed %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share   </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not to %1: %2 (“%3”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--what must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--about must name a person in this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the hub&apos;s agencies, a professional&apos;s id or a member of this family. The hub&apos;s agencies are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May share: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not share: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: kithctl --db FILE consent show --family ID [--json]
     kithctl --db FILE consent may-share --family ID --with AGENCY [--what CATEGORY] [--about PERSON_ID] [--purpose WHY] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no family with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; that is not one family&apos;s tree. Export just the family and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format %1: use gedcom, svg, png or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drew %1 people to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 people to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: genogram import --family ID FILE.ged, or genogram export --family ID --format gedcom|svg|png|pdf --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query is not a JSON object. Write it like {&quot;given_name&quot;: &quot;Amira&quot;, &quot;family_name&quot;: &quot;Khan&quot;, &quot;date_of_birth&quot;: &quot;1994-06-02&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query has an unknown field &quot;%1&quot;; the fields are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text in quotes (or null).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date_of_birth &quot;%1&quot; is not a date: write it as YYYY-MM-DD, such as 2015-03-04.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in this store looks like that person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead professional: %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No families look registered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  keep %2, merge %3 (%4 people match): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: kithctl --db FILE match merge KEEP_FAMILY_ID DUPLICATE_FAMILY_ID [--reason TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: kithctl --db FILE match unmerge MERGE_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge is undone: both families are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match needs one JSON query, e.g. kithctl --db FILE match --json &apos;{&quot;given_name&quot;: &quot;Amira&quot;, &quot;family_name&quot;: &quot;Khan&quot;, &quot;date_of_birth&quot;: &quot;1994-06-02&quot;, &quot;postcode&quot;: &quot;TQ1 4AB&quot;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n rules</source>
        <translation>
            <numerusform>%1 (%2): %n rule</numerusform>
            <numerusform>%1 (%2): %n rules</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: kithctl --db FILE policy show | policy use hackney|torbay|westminster | policy load COUNCIL-POLICY.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was registered; put these right and try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register needs one About my Family file (JSON), or - to read it from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store did not take the family: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server needs the server&apos;s address, for example https://kith.example.gov.uk:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user needs your user name on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored sign-in for %1 on this computer: give the password on standard input with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 changes and received %2. Open conflicts: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the family copy (%1 pages) for %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: assessment show --family ID, or assessment export --family ID --format json|pdf --out FILE [--for WHO].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say the format: --format json (the whole assessment) or --format pdf (the family copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--for is for the family copy: use it with --format pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family has no Team Around the Family meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  next review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting with the id %1: see kithctl meeting list --family ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the invitation to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: meeting list --family ID, or meeting invite --meeting ID --out FILE.ics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the meeting: --meeting MEETING_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write it: --out FILE.ics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the plan&apos;s family copy (%1 pages) for %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say the format: --format json (the whole plan) or --format pdf (the family copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family has no plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the plan (version %1, %2 actions) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the plan file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: every action says who, what, by when and how we will know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s):</source>
        <translation>
            <numerusform>%n finding:</numerusform>
            <numerusform>%n findings:</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: plan export --family ID --format json --out FILE, or plan check FILE [--json].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving: %1 of about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving: %1</source>
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
