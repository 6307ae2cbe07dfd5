<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
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
        <source>Demo store: made-up families, deleted when Kith closes</source>
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
    <name>kith::demo</name>
    <message>
        <source>%1 family</source>
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
</context>
</TS>
