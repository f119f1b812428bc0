<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en_GB">
<context>
    <name>BaselineDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="246"/>
        <source>Set baseline</source>
        <translation>Basislijn instellen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="252"/>
        <source>Baseline {number}</source>
        <translation>Basislijn {number}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="254"/>
        <source>{number} — {name} (saved {when})</source>
        <translation>{number} — {name} (opgeslagen op {when})</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="261"/>
        <source>Baseline number</source>
        <translation>Nummer van de basislijn</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="263"/>
        <source>Baseline name</source>
        <translation>Naam van de basislijn</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="265"/>
        <source>Reason for replacing the baseline</source>
        <translation>Reden voor het vervangen van de basislijn</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="267"/>
        <source>Approving change request</source>
        <translation>Goedkeurend wijzigingsverzoek</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="278"/>
        <source>&amp;Baseline:</source>
        <translation>&amp;Basislijn:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="279"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="280"/>
        <source>&amp;Reason:</source>
        <translation>Re&amp;den:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="281"/>
        <source>&amp;Change request:</source>
        <translation>&amp;Wijzigingsverzoek:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="310"/>
        <source>e.g. Approved plan</source>
        <translation>bv. Goedgekeurde planning</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="314"/>
        <source>The current schedule is saved as a new baseline.</source>
        <translation>De huidige planning wordt als nieuwe basislijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="317"/>
        <source>This baseline is already saved: replacing it needs a reason and an approved change request.</source>
        <translation>Deze basislijn is al opgeslagen: om ze te vervangen zijn een reden en een goedgekeurd wijzigingsverzoek nodig.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="321"/>
        <location filename="../../gui/dialogs.py" line="322"/>
        <source>This baseline is already saved and the project has no approved change request: choose a free baseline number.</source>
        <translation>Deze basislijn is al opgeslagen en het project heeft geen goedgekeurd wijzigingsverzoek: kies een vrij nummer.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="332"/>
        <source>Replacing a baseline needs an approved change request.</source>
        <translation>Om een basislijn te vervangen is een goedgekeurd wijzigingsverzoek nodig.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="334"/>
        <source>Replacing a baseline needs a reason.</source>
        <translation>Om een basislijn te vervangen is een reden nodig.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="97"/>
        <source>{hours} h</source>
        <translation>{hours} u</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="99"/>
        <source>{hours} h {minutes:02d}</source>
        <translation>{hours} u {minutes:02d}</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="106"/>
        <source>Belgian public holidays</source>
        <translation>Wettelijke feestdagen (België)</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="107"/>
        <source>Day of the Flemish Community (11 July)</source>
        <translation>Feestdag van de Vlaamse Gemeenschap (11 juli)</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="108"/>
        <source>Day of the French Community (27 September)</source>
        <translation>Feestdag van de Franse Gemeenschap (27 september)</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="109"/>
        <source>Day of the German-speaking Community (15 November)</source>
        <translation>Feestdag van de Duitstalige Gemeenschap (15 november)</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="110"/>
        <source>Federal civil service days (15 November, 26 December)</source>
        <translation>Dagen van het federaal openbaar ambt (15 november, 26 december)</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="117"/>
        <source>Belgian public</source>
        <translation>Wettelijke feestdag</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="118"/>
        <source>Flemish Community</source>
        <translation>Vlaamse Gemeenschap</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="119"/>
        <source>French Community</source>
        <translation>Franse Gemeenschap</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="120"/>
        <source>German-speaking Community</source>
        <translation>Duitstalige Gemeenschap</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="121"/>
        <source>Federal civil service</source>
        <translation>Federaal openbaar ambt</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="133"/>
        <source>Every week on {day}</source>
        <translation>Elke week op {day}</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="135"/>
        <source>Every month on day {day}</source>
        <translation>Elke maand op dag {day}</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="137"/>
        <source>Every year on {date}</source>
        <translation>Elk jaar op {date}</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="142"/>
        <source>{rule}, until {date}</source>
        <translation>{rule}, tot en met {date}</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="214"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="215"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="216"/>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="218"/>
        <source>Working time</source>
        <translation>Werktijd</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="220"/>
        <source>Non-working</source>
        <translation>Geen werktijd</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="223"/>
        <location filename="../../gui/calendar_dialog.py" line="544"/>
        <source>Repeats</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="239"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="240"/>
        <location filename="../../gui/calendar_dialog.py" line="629"/>
        <source>Holiday</source>
        <translation>Feestdag</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="241"/>
        <source>Layer</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="242"/>
        <source>Effect</source>
        <translation>Gevolg</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="256"/>
        <source>Worked (exception “{name}”)</source>
        <translation>Gewerkt (uitzondering ‘{name}’)</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="257"/>
        <source>Closed (exception “{name}”)</source>
        <translation>Gesloten (uitzondering ‘{name}’)</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="258"/>
        <source>Already a day off</source>
        <translation>Al een vrije dag</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="258"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="272"/>
        <location filename="../../gui/calendar_dialog.py" line="341"/>
        <source>Calendars</source>
        <translation>Kalenders</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="313"/>
        <source>&amp;Work week</source>
        <translation>&amp;Werkweek</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="314"/>
        <source>E&amp;xceptions</source>
        <translation>&amp;Uitzonderingen</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="315"/>
        <source>&amp;Holidays</source>
        <translation>&amp;Feestdagen</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="320"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="339"/>
        <source>&amp;Calendars:</source>
        <translation>&amp;Kalenders:</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="346"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="347"/>
        <source>A new standard calendar: Monday to Friday, Belgian public holidays</source>
        <translation>Een nieuwe standaardkalender: maandag tot vrijdag, Belgische wettelijke feestdagen</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="349"/>
        <source>Co&amp;py</source>
        <translation>K&amp;opiëren</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="350"/>
        <source>A new calendar with everything of the selected one</source>
        <translation>Een nieuwe kalender met alles van de geselecteerde kalender</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="352"/>
        <source>De&amp;lete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="353"/>
        <source>Delete the selected calendar if nothing uses it</source>
        <translation>De geselecteerde kalender verwijderen als niets hem gebruikt</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="358"/>
        <source>&amp;Use as the project calendar</source>
        <translation>Als &amp;projectkalender gebruiken</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="359"/>
        <source>Tasks and resources without a calendar of their own follow it</source>
        <translation>Taken en resources zonder eigen kalender volgen deze kalender</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="362"/>
        <source>Calendar name</source>
        <translation>Naam van de kalender</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="365"/>
        <source>Base calendar</source>
        <translation>Basiskalender</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="367"/>
        <location filename="../../gui/calendar_dialog.py" line="368"/>
        <source>The base calendar's exceptions and holidays apply too; a calendar without a work week of its own works the base calendar's week.</source>
        <translation>De uitzonderingen en feestdagen van de basiskalender gelden ook; een kalender zonder eigen werkweek volgt de week van de basiskalender.</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="377"/>
        <source>N&amp;ame:</source>
        <translation>N&amp;aam:</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="378"/>
        <source>&amp;Base:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="394"/>
        <source>Work the base calendar's week</source>
        <translation>De week van de basiskalender volgen</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="399"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="400"/>
        <source>Working hours</source>
        <translation>Werkuren</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="401"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="408"/>
        <source>Ticked: a working day</source>
        <translation>Aangevinkt: een werkdag</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="410"/>
        <source>Working hours on {day}</source>
        <translation>Werkuren op {day}</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="411"/>
        <location filename="../../gui/calendar_dialog.py" line="628"/>
        <location filename="../../gui/calendar_dialog.py" line="1316"/>
        <source>Day off</source>
        <translation>Vrije dag</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="431"/>
        <location filename="../../gui/calendar_dialog.py" line="432"/>
        <source>Type working hours as 08:00-12:00, 13:00-17:00 (8h30-12h works too). Untick a day, or leave it empty, for a day off.</source>
        <translation>Typ werkuren als 08:00-12:00, 13:00-17:00 (8h30-12h kan ook). Vink een dag uit of laat hem leeg voor een vrije dag.</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="448"/>
        <source>Apply a pre&amp;set</source>
        <translation>Voorin&amp;stelling toepassen</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="451"/>
        <source>Standard: Monday to Friday, 08:00–12:00 and 13:00–17:00</source>
        <translation>Standaard: maandag tot vrijdag, 08:00–12:00 en 13:00–17:00</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="452"/>
        <source>Four-fifths (4/5): Wednesday off</source>
        <translation>Viervijfde (4/5): woensdag vrij</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="453"/>
        <source>Four-fifths (4/5): Friday off</source>
        <translation>Viervijfde (4/5): vrijdag vrij</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="454"/>
        <source>Half-time: mornings, Monday to Friday</source>
        <translation>Halftijds: voormiddagen, maandag tot vrijdag</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="455"/>
        <source>Seven days a week (cut-over)</source>
        <translation>Zeven dagen per week (overschakeling)</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="471"/>
        <source>Exceptions</source>
        <translation>Uitzonderingen</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="478"/>
        <source>Add except&amp;ion</source>
        <translation>Uitzondering &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="479"/>
        <source>A new exception on the day selected in the preview</source>
        <translation>Een nieuwe uitzondering op de dag die in het voorbeeld geselecteerd is</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="481"/>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="500"/>
        <source>Selected exception</source>
        <translation>Geselecteerde uitzondering</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="502"/>
        <source>Exception name</source>
        <translation>Naam van de uitzondering</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="504"/>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="505"/>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="510"/>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="513"/>
        <source>Non-w&amp;orking</source>
        <translation>&amp;Geen werktijd</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="514"/>
        <source>Wor&amp;king hours:</source>
        <translation>W&amp;erkuren:</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="520"/>
        <source>Exception working hours</source>
        <translation>Werkuren van de uitzondering</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="531"/>
        <source>Na&amp;me:</source>
        <translation>Naa&amp;m:</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="532"/>
        <source>&amp;Days:</source>
        <translation>&amp;Dagen:</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="533"/>
        <source>On these days:</source>
        <translation>Op deze dagen:</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="534"/>
        <source>R&amp;epeats:</source>
        <translation>&amp;Herhaling:</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="547"/>
        <source>Does not repeat</source>
        <translation>Geen herhaling</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="548"/>
        <source>Every week</source>
        <translation>Elke week</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="549"/>
        <source>Every month</source>
        <translation>Elke maand</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="550"/>
        <source>Every year</source>
        <translation>Elk jaar</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="551"/>
        <source>Custom rule (RRULE)</source>
        <translation>Eigen regel (RRULE)</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="556"/>
        <source>Recurrence rule</source>
        <translation>Herhalingsregel</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="559"/>
        <source>Un&amp;til</source>
        <translation>Herha&amp;len tot</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="561"/>
        <source>Repeat until</source>
        <translation>Herhalen tot en met</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="571"/>
        <source>Closed on</source>
        <translation>Gesloten op</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="580"/>
        <location filename="../../gui/calendar_dialog.py" line="581"/>
        <source>1 January, Easter Monday, 1 May, Ascension Day, Whit Monday, 21 July, 15 August, 1 November, 11 November and 25 December</source>
        <translation>1 januari, Paasmaandag, 1 mei, O.L.H. Hemelvaart, Pinkstermaandag, 21 juli, 15 augustus, 1 november, 11 november en 25 december</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="586"/>
        <source>Holidays in &amp;year:</source>
        <translation>Feestdagen in &amp;jaar:</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="598"/>
        <source>Holidays</source>
        <translation>Feestdagen</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="611"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="617"/>
        <source>Month preview</source>
        <translation>Voorbeeld per maand</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="627"/>
        <source>Working day</source>
        <translation>Werkdag</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="630"/>
        <source>Exception: closed</source>
        <translation>Uitzondering: vrij</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="631"/>
        <source>Exception: other hours</source>
        <translation>Afwijkende uren</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="748"/>
        <location filename="../../gui/calendar_dialog.py" line="1195"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="749"/>
        <source>{name} — project calendar</source>
        <translation>{name} — projectkalender</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="797"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="821"/>
        <source>The project has no calendar: Belfry schedules with the standard week.</source>
        <translation>Het project heeft geen kalender: Belfry plant met de standaardweek.</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="824"/>
        <source>Project calendar.</source>
        <translation>Projectkalender.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/calendar_dialog.py" line="826"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n taak</numerusform>
            <numerusform>%n taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/calendar_dialog.py" line="827"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="829"/>
        <source>Used by {tasks} and {resources}.</source>
        <translation>Gebruikt door {tasks} en {resources}.</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="831"/>
        <source>Used by {users}.</source>
        <translation>Gebruikt door {users}.</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="833"/>
        <source>No task or resource has it as its own calendar.</source>
        <translation>Geen enkele taak of resource heeft hem als eigen kalender.</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="835"/>
        <source>New: saved when you press OK.</source>
        <translation>Nieuw: wordt opgeslagen wanneer u op OK klikt.</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="843"/>
        <source>New calendar</source>
        <translation>Nieuwe kalender</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="850"/>
        <source>Copy of {name}</source>
        <translation>Kopie van {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/calendar_dialog.py" line="1051"/>
        <source>Week: {hours}, %n working day(s)</source>
        <translation>
            <numerusform>Week: {hours}, %n werkdag</numerusform>
            <numerusform>Week: {hours}, %n werkdagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/calendar_dialog.py" line="1070"/>
        <source>%n exception(s) of the base calendars apply too (see the preview).</source>
        <translation>
            <numerusform>%n uitzondering van de basiskalenders geldt ook (zie het voorbeeld).</numerusform>
            <numerusform>%n uitzonderingen van de basiskalenders gelden ook (zie het voorbeeld).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="1133"/>
        <source>New exception</source>
        <translation>Nieuwe uitzondering</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="1195"/>
        <source>Exception “{name}”</source>
        <translation>Uitzondering ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="1203"/>
        <source>{what}: type its working hours, or choose Non-working.</source>
        <translation>{what}: typ de werkuren of kies Geen werktijd.</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="1244"/>
        <source>{layer} — from the base calendar “{name}”</source>
        <translation>{layer} — van de basiskalender ‘{name}’</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/calendar_dialog.py" line="1304"/>
        <source>{month}: %n working day(s), {hours}</source>
        <translation>
            <numerusform>{month}: %n werkdag, {hours}</numerusform>
            <numerusform>{month}: %n werkdagen, {hours}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="1314"/>
        <source>Working: {hours}</source>
        <translation>Werkdag: {hours}</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="1318"/>
        <source>Holiday: {name}</source>
        <translation>Feestdag: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="1320"/>
        <source>Closed: {name}</source>
        <translation>Gesloten: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="1320"/>
        <source>exception</source>
        <translation>uitzondering</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="1322"/>
        <source>Exception</source>
        <translation>Uitzondering</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="1322"/>
        <source>{name}: working {hours}</source>
        <translation>{name}: werkuren {hours}</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="1350"/>
        <source>Edit calendars</source>
        <translation>Kalenders bewerken</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../gui/dialogs.py" line="91"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="92"/>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Wijzigingen in ‘{name}’ opslaan voor het sluiten?</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="93"/>
        <source>Your changes are lost if you don't save them.</source>
        <translation>Uw wijzigingen gaan verloren als u ze niet opslaat.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="108"/>
        <source>Recover unsaved work</source>
        <translation>Niet-opgeslagen werk herstellen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="109"/>
        <source>an untitled project</source>
        <translation>een naamloos project</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="111"/>
        <source>Belfry found unsaved changes to {name} from {time}. Recover them?</source>
        <translation>Belfry heeft niet-opgeslagen wijzigingen in {name} van {time} gevonden. Wilt u ze herstellen?</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="115"/>
        <source>Recover</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="116"/>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="117"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="126"/>
        <location filename="../../gui/dialogs.py" line="129"/>
        <source>Belfry</source>
        <translation>Belfry</translation>
    </message>
</context>
<context>
    <name>GanttTimescale</name>
    <message>
        <location filename="../../gui/gantt_view.py" line="204"/>
        <source>Timescale</source>
        <translation>Tijdschaal</translation>
    </message>
</context>
<context>
    <name>GanttView</name>
    <message>
        <location filename="../../gui/gantt_view.py" line="235"/>
        <source>Gantt chart</source>
        <translation>Gantt-diagram</translation>
    </message>
    <message>
        <location filename="../../gui/gantt_view.py" line="705"/>
        <source>Q{quarter} {year}</source>
        <translation>K{quarter} {year}</translation>
    </message>
    <message>
        <location filename="../../gui/gantt_view.py" line="706"/>
        <source>Q{quarter}</source>
        <translation>K{quarter}</translation>
    </message>
    <message>
        <location filename="../../gui/gantt_view.py" line="791"/>
        <source>Start: {start}</source>
        <translation>Begin: {start}</translation>
    </message>
    <message>
        <location filename="../../gui/gantt_view.py" line="792"/>
        <source>Finish: {finish}</source>
        <translation>Einde: {finish}</translation>
    </message>
    <message>
        <location filename="../../gui/gantt_view.py" line="797"/>
        <source>Total float: {days} working days</source>
        <translation>Totale speling: {days} werkdagen</translation>
    </message>
    <message>
        <location filename="../../gui/gantt_view.py" line="801"/>
        <source>Baseline: {start} – {finish}</source>
        <translation>Basislijn: {start} – {finish}</translation>
    </message>
    <message>
        <location filename="../../gui/gantt_view.py" line="806"/>
        <source>Deadline: {deadline}</source>
        <translation>Deadline: {deadline}</translation>
    </message>
    <message>
        <location filename="../../gui/gantt_view.py" line="808"/>
        <source>On the critical path</source>
        <translation>Op het kritieke pad</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../gui/i18n_setup.py" line="44"/>
        <source>The new language takes effect the next time you start Belfry.</source>
        <translation>De nieuwe taal wordt actief wanneer u Belfry opnieuw start.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_setup.py" line="129"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="142"/>
        <source>Find a task by name or WBS (Enter: next, Esc: close)</source>
        <translation>Zoek een taak op naam of WBS (Enter: volgende, Esc: sluiten)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="143"/>
        <source>Find task</source>
        <translation>Taak zoeken</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="202"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="205"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="207"/>
        <source>Open &amp;demo project</source>
        <translation>&amp;Demoproject openen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="209"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="211"/>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="212"/>
        <source>&amp;Close</source>
        <translation>S&amp;luiten</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="213"/>
        <source>&amp;Import MS Project XML…</source>
        <translation>MS Project-XML &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="214"/>
        <source>&amp;Export MS Project XML…</source>
        <translation>MS Project-XML &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="216"/>
        <source>Edit the project information</source>
        <translation>De projectinformatie bewerken</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="216"/>
        <source>Proper&amp;ties…</source>
        <translation>Ei&amp;genschappen…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="218"/>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="221"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="224"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="230"/>
        <source>Cu&amp;t tasks</source>
        <translation>Taken kni&amp;ppen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="234"/>
        <source>Cut the selected tasks with their subtasks</source>
        <translation>De geselecteerde taken met hun subtaken knippen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="237"/>
        <source>&amp;Copy tasks</source>
        <translation>Taken &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="241"/>
        <source>Copy the selected tasks with their subtasks and the links among them</source>
        <translation>De geselecteerde taken kopiëren met hun subtaken en de koppelingen ertussen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="244"/>
        <source>&amp;Paste tasks</source>
        <translation>Taken p&amp;lakken</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="248"/>
        <source>Paste the copied tasks after the current one</source>
        <translation>De gekopieerde taken na de huidige taak plakken</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="251"/>
        <source>Ins&amp;ert task</source>
        <translation>Taak &amp;invoegen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="255"/>
        <source>Insert a task above the current one</source>
        <translation>Een taak boven de huidige taak invoegen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="258"/>
        <source>Insert &amp;milestone</source>
        <translation>&amp;Mijlpaal invoegen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="260"/>
        <source>&amp;Delete task</source>
        <translation>Taak &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="262"/>
        <source>&amp;Indent</source>
        <translation>In&amp;springen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="266"/>
        <source>Make the task a subtask of the one above</source>
        <translation>De taak een subtaak maken van de taak erboven</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="269"/>
        <source>&amp;Outdent</source>
        <translation>&amp;Uitspringen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="272"/>
        <source>&amp;Link tasks</source>
        <translation>&amp;Taken koppelen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="276"/>
        <source>Link the selected tasks finish-to-start</source>
        <translation>De geselecteerde taken koppelen van einde tot begin</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="279"/>
        <source>U&amp;nlink tasks</source>
        <translation>Koppeling op&amp;heffen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="282"/>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="285"/>
        <source>&amp;Gantt chart</source>
        <translation>&amp;Gantt-diagram</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="290"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="293"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="296"/>
        <source>&amp;Fit project</source>
        <translation>&amp;Volledig project</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="298"/>
        <source>&amp;Scroll to task</source>
        <translation>&amp;Naar taak schuiven</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="299"/>
        <source>&amp;Expand all</source>
        <translation>&amp;Alles uitvouwen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="300"/>
        <source>Show &amp;top level only</source>
        <translation>Alleen &amp;hoogste niveau tonen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="303"/>
        <source>Project &amp;information…</source>
        <translation>Project&amp;informatie…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="306"/>
        <source>C&amp;alendars…</source>
        <translation>&amp;Kalenders…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="306"/>
        <source>Edit work weeks, exceptions and holidays</source>
        <translation>Werkweken, uitzonderingen en feestdagen bewerken</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="308"/>
        <source>Set &amp;baseline…</source>
        <translation>&amp;Basislijn instellen…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="309"/>
        <source>&amp;Status date…</source>
        <translation>&amp;Statusdatum…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="310"/>
        <source>&amp;Reschedule</source>
        <translation>Opnieuw &amp;plannen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="312"/>
        <source>&amp;Level resources</source>
        <translation>Resources &amp;nivelleren</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="314"/>
        <source>Delay tasks so that no work resource is loaded beyond its maximum units</source>
        <translation>Taken uitstellen zodat geen enkele werkresource boven haar maximumeenheden belast wordt</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="317"/>
        <source>&amp;Clear leveling</source>
        <translation>Nivellering &amp;wissen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="317"/>
        <source>Remove every leveling delay</source>
        <translation>Alle nivelleringsvertragingen verwijderen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="322"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="324"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recente projecten</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="335"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="346"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="352"/>
        <source>&amp;Columns</source>
        <translation>&amp;Kolommen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="356"/>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="381"/>
        <source>Standard</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="545"/>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="570"/>
        <location filename="../../gui/main_window.py" line="600"/>
        <source>Belfry project (*.belfry)</source>
        <translation>Belfry-project (*.belfry)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="570"/>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="591"/>
        <source>Saved {path}</source>
        <translation>{path} opgeslagen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="600"/>
        <source>Save project as</source>
        <translation>Project opslaan als</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="623"/>
        <source>Import MS Project XML</source>
        <translation>MS Project-XML importeren</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="623"/>
        <location filename="../../gui/main_window.py" line="653"/>
        <source>MS Project XML (*.xml)</source>
        <translation>MS Project-XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="641"/>
        <location filename="../../gui/main_window.py" line="642"/>
        <source>Imported {name}; {count} item(s) could not be carried over exactly (see the import report).</source>
        <translation>{name} geïmporteerd; {count} element(en) konden niet exact worden overgenomen (zie het importverslag).</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="653"/>
        <source>Export MS Project XML</source>
        <translation>MS Project-XML exporteren</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="663"/>
        <source>Cannot write {path} ({reason}).</source>
        <translation>Kan {path} niet schrijven ({reason}).</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="666"/>
        <source>Exported {path}</source>
        <translation>{path} geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="691"/>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="711"/>
        <source>Belfry</source>
        <translation>Belfry</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="714"/>
        <source> [read-only]</source>
        <translation> [alleen-lezen]</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="715"/>
        <source>{name}[*]{suffix} — Belfry</source>
        <translation>{name}[*]{suffix} — Belfry</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="725"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="726"/>
        <source>Status date: {date}</source>
        <translation>Statusdatum: {date}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="727"/>
        <source>Finish: {date}</source>
        <translation>Einde: {date}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="732"/>
        <source>Critical path: {length}</source>
        <translation>Kritiek pad: {length}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="789"/>
        <source>New milestone</source>
        <translation>Nieuwe mijlpaal</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="789"/>
        <source>New task</source>
        <translation>Nieuwe taak</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="792"/>
        <source>Insert milestone</source>
        <translation>Mijlpaal invoegen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="792"/>
        <source>Insert task</source>
        <translation>Taak invoegen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="830"/>
        <source>Delete “{name}”</source>
        <translation>‘{name}’ verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="832"/>
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>%n taak verwijderen</numerusform>
            <numerusform>%n taken verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="871"/>
        <source>Indent</source>
        <translation>Inspringen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="871"/>
        <source>Indent “{name}”</source>
        <translation>‘{name}’ laten inspringen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="883"/>
        <source>Outdent</source>
        <translation>Uitspringen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="883"/>
        <source>Outdent “{name}”</source>
        <translation>‘{name}’ laten uitspringen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="900"/>
        <source>Link %n task(s)</source>
        <translation>
            <numerusform>%n taak koppelen</numerusform>
            <numerusform>%n taken koppelen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="906"/>
        <source>Link “{first}” to “{second}”</source>
        <translation>‘{first}’ aan ‘{second}’ koppelen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="917"/>
        <source>Unlink %n link(s)</source>
        <translation>
            <numerusform>%n koppeling opheffen</numerusform>
            <numerusform>%n koppelingen opheffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="929"/>
        <source>Copied %n task(s).</source>
        <translation>
            <numerusform>%n taak gekopieerd.</numerusform>
            <numerusform>%n taken gekopieerd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="941"/>
        <source>Cut “{name}”</source>
        <translation>‘{name}’ knippen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="943"/>
        <source>Cut %n task(s)</source>
        <translation>
            <numerusform>%n taak knippen</numerusform>
            <numerusform>%n taken knippen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="961"/>
        <source>Paste “{name}”</source>
        <translation>‘{name}’ plakken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="963"/>
        <source>Paste %n task(s)</source>
        <translation>
            <numerusform>%n taak plakken</numerusform>
            <numerusform>%n taken plakken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="982"/>
        <source>Set the progress of “{name}”</source>
        <translation>Voortgang van ‘{name}’ instellen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="991"/>
        <source>Move “{name}”</source>
        <translation>‘{name}’ verplaatsen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1010"/>
        <source>Change the duration of “{name}”</source>
        <translation>Duur van ‘{name}’ wijzigen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1023"/>
        <source>No task matches “{text}”.</source>
        <translation>Geen taak komt overeen met ‘{text}’.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1060"/>
        <source>Edit project information</source>
        <translation>Projectinformatie bewerken</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1078"/>
        <source>Set the status date</source>
        <translation>Statusdatum instellen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1120"/>
        <source>Set baseline {number}</source>
        <translation>Basislijn {number} instellen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1122"/>
        <source>Baseline {number} saved.</source>
        <translation>Basislijn {number} opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1143"/>
        <source>Level resources</source>
        <translation>Resources nivelleren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="1144"/>
        <source>Leveling delayed %n task(s).</source>
        <translation>
            <numerusform>Nivellering heeft %n taak uitgesteld.</numerusform>
            <numerusform>Nivellering heeft %n taken uitgesteld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="1151"/>
        <source>%n over-allocation(s) remain after leveling:</source>
        <translation>
            <numerusform>Na nivellering blijft %n overbelasting over:</numerusform>
            <numerusform>Na nivellering blijven %n overbelastingen over:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1154"/>
        <source>{resource}: {start} – {finish}, {demand}% of {capacity}% (tasks {tasks})</source>
        <translation>{resource}: {start} – {finish}, {demand}% van {capacity}% (taken {tasks})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="1164"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… en nog %n.</numerusform>
            <numerusform>… en nog %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1180"/>
        <source>Clear leveling</source>
        <translation>Nivellering wissen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1181"/>
        <source>Leveling delays cleared.</source>
        <translation>Nivelleringsvertragingen gewist.</translation>
    </message>
</context>
<context>
    <name>ProjectInformationDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="155"/>
        <source>Project information</source>
        <translation>Projectinformatie</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="167"/>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="168"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="169"/>
        <source>On hold</source>
        <translation>Opgeschort</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="170"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="191"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="192"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="193"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="194"/>
        <source>S&amp;ponsor:</source>
        <translation>O&amp;pdrachtgever:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="195"/>
        <source>&amp;Manager:</source>
        <translation>Pro&amp;jectleider:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="196"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="197"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="198"/>
        <source>St&amp;art:</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="199"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="200"/>
        <source>C&amp;lassification:</source>
        <translation>Classif&amp;icatie:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="201"/>
        <source>Report &amp;language:</source>
        <translation>Taal van de &amp;rapporten:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="202"/>
        <source>&amp;Fiscal year starts in month:</source>
        <translation>Boekjaar begint in &amp;maand:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="203"/>
        <source>&amp;Hours per day:</source>
        <translation>&amp;Uren per dag:</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <location filename="../../gui/main_window.py" line="84"/>
        <source>Belfry</source>
        <translation>Belfry</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="89"/>
        <source>Project control for public administrations</source>
        <translation>Projectbeheersing voor overheidsdiensten</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="90"/>
        <source>&amp;New project</source>
        <translation>&amp;Nieuw project</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="91"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="92"/>
        <source>Open &amp;demo project</source>
        <translation>&amp;Demoproject openen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="94"/>
        <source>Recent projects</source>
        <translation>Recente projecten</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="107"/>
        <source>Recent projects:</source>
        <translation>Recente projecten:</translation>
    </message>
</context>
<context>
    <name>StatusDateDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="348"/>
        <location filename="../../gui/dialogs.py" line="350"/>
        <source>Status date</source>
        <translation>Statusdatum</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="352"/>
        <source>&amp;Status date:</source>
        <translation>&amp;Statusdatum:</translation>
    </message>
</context>
<context>
    <name>TaskPlanView</name>
    <message>
        <location filename="../../gui/task_plan_view.py" line="79"/>
        <source>Task table</source>
        <translation>Takentabel</translation>
    </message>
    <message>
        <location filename="../../gui/task_plan_view.py" line="204"/>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <location filename="../../gui/task_tree_model.py" line="126"/>
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="127"/>
        <source>Name</source>
        <translation>Taaknaam</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="130"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="138"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="139"/>
        <source>Finish</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="142"/>
        <source>Predecessors</source>
        <translation>Voorgangers</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="149"/>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="152"/>
        <source>% Complete</source>
        <translation>% voltooid</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="160"/>
        <source>Total float</source>
        <translation>Totale speling</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="161"/>
        <source>Baseline start</source>
        <translation>Basislijnbegin</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="162"/>
        <source>Baseline finish</source>
        <translation>Basislijneinde</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="164"/>
        <source>Start variance</source>
        <translation>Beginafwijking</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="166"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="426"/>
        <source>ID {uid}: {name}</source>
        <translation>Id {uid}: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="458"/>
        <source>Edit {field} of “{name}”</source>
        <translation>{field} van ‘{name}’ bewerken</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="526"/>
        <source>There is no task with ID {uid}.</source>
        <translation>Er is geen taak met id {uid}.</translation>
    </message>
</context>
<context>
    <name>calendars</name>
    <message>
        <location filename="../../services/calendar_service.py" line="281"/>
        <source>{what}: {time} is not a time of day (00:00 to 24:00).</source>
        <translation>{what}: {time} is geen tijdstip (00:00 tot 24:00).</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="305"/>
        <source>{what}: “{text}” is not a time interval such as 08:00-12:00.</source>
        <translation>{what}: ‘{text}’ is geen tijdsinterval zoals 08:00-12:00.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="311"/>
        <source>{what}: the interval {interval} must end after it starts.</source>
        <translation>{what}: het interval {interval} moet eindigen na het begin.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="320"/>
        <source>{what}: the intervals {first} and {second} overlap.</source>
        <translation>{what}: de intervallen {first} en {second} overlappen.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="438"/>
        <source>{what}: the rule “{rule}” needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY.</source>
        <translation>{what}: de regel ‘{rule}’ vereist FREQ=DAILY, WEEKLY, MONTHLY of YEARLY.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="440"/>
        <source>{what}: the rule “{rule}” has a part Belfry cannot read: {part}.</source>
        <translation>{what}: de regel ‘{rule}’ bevat een deel dat Belfry niet kan lezen: {part}.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="445"/>
        <source>{what}: the rule “{rule}” cannot be read.</source>
        <translation>{what}: de regel ‘{rule}’ kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="638"/>
        <source>{first} and {last}</source>
        <translation>{first} en {last}</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="650"/>
        <source>the project</source>
        <translation>het project</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="653"/>
        <source>1 task</source>
        <translation>1 taak</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="655"/>
        <source>{count} tasks</source>
        <translation>{count} taken</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="657"/>
        <source>1 resource</source>
        <translation>1 resource</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="659"/>
        <source>{count} resources</source>
        <translation>{count} resources</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="662"/>
        <source>the calendar “{name}” (its base calendar)</source>
        <translation>de kalender ‘{name}’ (als basiskalender)</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="665"/>
        <source>“{name}” cannot be deleted: it is used by {uses}.</source>
        <translation>‘{name}’ kan niet worden verwijderd: de kalender wordt gebruikt door {uses}.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="678"/>
        <source>Every calendar needs a name.</source>
        <translation>Elke kalender heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="681"/>
        <source>Two calendars are named “{name}”.</source>
        <translation>Twee kalenders heten ‘{name}’.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="685"/>
        <source>“{name}” has no working time in its week: give it working hours or a base calendar that has some.</source>
        <translation>‘{name}’ heeft geen werktijd in de week: geef de kalender werkuren of een basiskalender met werkuren.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="693"/>
        <source>The exception “{exception}” of “{name}” ends before it starts.</source>
        <translation>De uitzondering ‘{exception}’ van ‘{name}’ eindigt voor ze begint.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="699"/>
        <source>The exception “{exception}” of “{name}” repeats until a day before its first.</source>
        <translation>De uitzondering ‘{exception}’ van ‘{name}’ herhaalt zich tot een dag vóór haar eerste voorkomen.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../main.py" line="44"/>
        <source>Belfry: offline project control for public administrations.</source>
        <translation>Belfry: offline projectbeheersing voor overheidsdiensten.</translation>
    </message>
    <message>
        <location filename="../../main.py" line="50"/>
        <source>language of the desktop app for this run (default: the one chosen in View &gt; Language)</source>
        <translation>taal van de desktoptoepassing voor deze keer (standaard: de taal gekozen in Beeld &gt; Taal)</translation>
    </message>
    <message>
        <location filename="../../main.py" line="54"/>
        <source>write the demo project (or a synthetic one) to FILE</source>
        <translation>het demoproject (of een synthetisch project) naar FILE schrijven</translation>
    </message>
    <message>
        <location filename="../../main.py" line="56"/>
        <source>a synthetic project of N tasks</source>
        <translation>een synthetisch project van N taken</translation>
    </message>
    <message>
        <location filename="../../main.py" line="57"/>
        <source>seed of the synthetic project</source>
        <translation>startwaarde (seed) van het synthetische project</translation>
    </message>
    <message>
        <location filename="../../main.py" line="58"/>
        <source>print the new file's info as JSON</source>
        <translation>de gegevens van het nieuwe bestand als JSON tonen</translation>
    </message>
    <message>
        <location filename="../../main.py" line="61"/>
        <source>show the project's fields and the number of rows per entity</source>
        <translation>de velden van het project en het aantal rijen per entiteit tonen</translation>
    </message>
    <message>
        <location filename="../../main.py" line="63"/>
        <location filename="../../main.py" line="68"/>
        <location filename="../../main.py" line="103"/>
        <source>print JSON instead of text</source>
        <translation>JSON in plaats van tekst tonen</translation>
    </message>
    <message>
        <location filename="../../main.py" line="66"/>
        <source>check the file's integrity and the project's data</source>
        <translation>de integriteit van het bestand en de projectgegevens controleren</translation>
    </message>
    <message>
        <location filename="../../main.py" line="72"/>
        <source>schedule the project (CPM) and store the computed dates in FILE</source>
        <translation>het project plannen (CPM) en de berekende datums in FILE opslaan</translation>
    </message>
    <message>
        <location filename="../../main.py" line="76"/>
        <source>measure progress at the end of this day</source>
        <translation>de voortgang meten aan het einde van deze dag</translation>
    </message>
    <message>
        <location filename="../../main.py" line="79"/>
        <source>level resources: delay tasks so no one is over-allocated</source>
        <translation>resources nivelleren: taken uitstellen zodat niemand overbelast is</translation>
    </message>
    <message>
        <location filename="../../main.py" line="81"/>
        <source>print the schedule as JSON</source>
        <translation>de planning als JSON tonen</translation>
    </message>
    <message>
        <location filename="../../main.py" line="85"/>
        <source>import an MS Project XML file into a new project file</source>
        <translation>een MS Project-XML-bestand in een nieuw projectbestand importeren</translation>
    </message>
    <message>
        <location filename="../../main.py" line="89"/>
        <source>print the import report as JSON</source>
        <translation>het importverslag als JSON tonen</translation>
    </message>
    <message>
        <location filename="../../main.py" line="92"/>
        <source>export the project to another format</source>
        <translation>het project naar een ander formaat exporteren</translation>
    </message>
    <message>
        <location filename="../../main.py" line="94"/>
        <source>MS Project XML (MSPDI)</source>
        <translation>MS Project-XML (MSPDI)</translation>
    </message>
    <message>
        <location filename="../../main.py" line="97"/>
        <source>earned value and Earned Schedule figures at a status date</source>
        <translation>cijfers voor verdiende waarde en Earned Schedule op een statusdatum</translation>
    </message>
    <message>
        <location filename="../../main.py" line="100"/>
        <source>baseline 0-10 (default 0)</source>
        <translation>basislijn 0-10 (standaard 0)</translation>
    </message>
    <message>
        <location filename="../../main.py" line="102"/>
        <source>break the figures down</source>
        <translation>de cijfers opsplitsen</translation>
    </message>
    <message>
        <location filename="../../main.py" line="112"/>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation>geen datum (JJJJ-MM-DD): {text}</translation>
    </message>
    <message>
        <location filename="../../main.py" line="119"/>
        <source>not a whole number: {text}</source>
        <translation>geen geheel getal: {text}</translation>
    </message>
    <message>
        <location filename="../../main.py" line="121"/>
        <source>must be at least 1: {text}</source>
        <translation>moet minstens 1 zijn: {text}</translation>
    </message>
    <message>
        <location filename="../../main.py" line="151"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../main.py" line="152"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../main.py" line="153"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../main.py" line="154"/>
        <source>Sponsor</source>
        <translation>Opdrachtgever</translation>
    </message>
    <message>
        <location filename="../../main.py" line="155"/>
        <source>Manager</source>
        <translation>Projectleider</translation>
    </message>
    <message>
        <location filename="../../main.py" line="156"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../main.py" line="157"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../main.py" line="158"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../main.py" line="159"/>
        <source>Finish</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../main.py" line="160"/>
        <source>Status date</source>
        <translation>Statusdatum</translation>
    </message>
    <message>
        <location filename="../../main.py" line="161"/>
        <source>Fiscal year starts in month</source>
        <translation>Boekjaar begint in maand</translation>
    </message>
    <message>
        <location filename="../../main.py" line="162"/>
        <source>Hours per day</source>
        <translation>Uren per dag</translation>
    </message>
    <message>
        <location filename="../../main.py" line="163"/>
        <source>Classification</source>
        <translation>Classificatie</translation>
    </message>
    <message>
        <location filename="../../main.py" line="170"/>
        <source>Rows per entity:</source>
        <translation>Rijen per entiteit:</translation>
    </message>
    <message>
        <location filename="../../main.py" line="203"/>
        <source>{errors} error(s), {warnings} warning(s)</source>
        <translation>{errors} fout(en), {warnings} waarschuwing(en)</translation>
    </message>
    <message>
        <location filename="../../main.py" line="217"/>
        <source>{file}: {count} tasks, start {start}, finish {finish}, status date {status}</source>
        <translation>{file}: {count} taken, begin {start}, einde {finish}, statusdatum {status}</translation>
    </message>
    <message>
        <location filename="../../main.py" line="226"/>
        <source>{count} critical tasks</source>
        <translation>{count} kritieke taken</translation>
    </message>
    <message>
        <location filename="../../main.py" line="239"/>
        <source>{file}: {tasks} tasks, {links} links, {resources} resources, {assignments} assignments</source>
        <translation>{file}: {tasks} taken, {links} koppelingen, {resources} resources, {assignments} toewijzingen</translation>
    </message>
    <message>
        <location filename="../../main.py" line="244"/>
        <source>Not carried over ({count}):</source>
        <translation>Niet overgenomen ({count}):</translation>
    </message>
    <message>
        <location filename="../../main.py" line="253"/>
        <source>{output}: {size} bytes</source>
        <translation>{output}: {size} bytes</translation>
    </message>
    <message>
        <location filename="../../main.py" line="268"/>
        <source>Earned value at {date} against baseline {baseline} ({currency})</source>
        <translation>Verdiende waarde op {date} ten opzichte van basislijn {baseline} ({currency})</translation>
    </message>
    <message>
        <location filename="../../main.py" line="332"/>
        <source>--lang applies to the desktop app, not to subcommands</source>
        <translation>--lang geldt voor de desktoptoepassing, niet voor subopdrachten</translation>
    </message>
    <message>
        <location filename="../../main.py" line="362"/>
        <source>internal error ({kind}: {error}); run again with BELFRY_DEBUG=1 for details</source>
        <translation>interne fout ({kind}: {error}); voer opnieuw uit met BELFRY_DEBUG=1 voor details</translation>
    </message>
    <message>
        <location filename="../../services/headless.py" line="153"/>
        <source>{resource} is loaded at {demand} % of {capacity} % from {start} to {finish} even after leveling.</source>
        <translation>{resource} is ook na nivellering belast op {demand} % van {capacity} % van {start} tot {finish}.</translation>
    </message>
    <message>
        <location filename="../../services/headless.py" line="250"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Kan {path} niet schrijven: {reason}.</translation>
    </message>
</context>
<context>
    <name>holidays</name>
    <message>
        <source>All Saints' Day</source>
        <translation>Allerheiligen</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Wapenstilstand</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>O.L.H. Hemelvaart</translation>
    </message>
    <message>
        <source>Ascension Day; Labor Day</source>
        <translation>O.L.H. Hemelvaart; Dag van de Arbeid</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>O.L.V. Hemelvaart</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Kerstmis</translation>
    </message>
    <message>
        <source>Day of the Flemish Community</source>
        <translation>Feestdag van de Vlaamse Gemeenschap</translation>
    </message>
    <message>
        <source>Day of the French Community</source>
        <translation>Feestdag van de Franse Gemeenschap</translation>
    </message>
    <message>
        <source>Day of the German-speaking Community</source>
        <translation>Feestdag van de Duitstalige Gemeenschap</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Paasmaandag</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Pasen</translation>
    </message>
    <message>
        <source>King's Feast</source>
        <translation>Koningsdag</translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation>Dag van de Arbeid</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Nationale feestdag</translation>
    </message>
    <message>
        <source>New Year's Day</source>
        <translation>Nieuwjaar</translation>
    </message>
    <message>
        <source>Pentecost</source>
        <translation>Pinksteren</translation>
    </message>
    <message>
        <source>Pentecost Monday</source>
        <translation>Pinkstermaandag</translation>
    </message>
    <message>
        <source>Second Christmas Day</source>
        <translation>Tweede Kerstdag</translation>
    </message>
</context>
<context>
    <name>input</name>
    <message>
        <location filename="../../gui/input_parsing.py" line="140"/>
        <source>“{text}” is not a duration; type for example 5d, 3w, 2h or 0d for a milestone.</source>
        <translation>‘{text}’ is geen duur; typ bijvoorbeeld 5d, 3w, 2h of 0d voor een mijlpaal.</translation>
    </message>
    <message>
        <location filename="../../gui/input_parsing.py" line="189"/>
        <source>“{item}” is not a predecessor; type the task's ID, a link type and a lag, for example 3FS+2d, 5SS-1d or 7FF+10%.</source>
        <translation>‘{item}’ is geen voorganger; typ de id van de taak, een koppelingstype en een vertraging, bijvoorbeeld 3FS+2d, 5SS-1d of 7FF+10%.</translation>
    </message>
    <message>
        <location filename="../../gui/input_parsing.py" line="198"/>
        <source>Task {uid} is listed twice as a predecessor.</source>
        <translation>Taak {uid} staat twee keer als voorganger vermeld.</translation>
    </message>
</context>
<context>
    <name>mspdi</name>
    <message>
        <location filename="../../services/mspdi_export.py" line="405"/>
        <source>Calendar '{calendar}' has a recurring exception ({rule}) that MS Project cannot express.</source>
        <translation>Kalender '{calendar}' heeft een terugkerende uitzondering ({rule}) die MS Project niet kan weergeven.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="260"/>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} kan niet worden gelezen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="271"/>
        <source>The file is {size:.1f} MB, more than the {limit:.0f} MB accepted for MS Project XML.</source>
        <translation>Het bestand is {size:.1f} MB groot, meer dan de {limit:.0f} MB die voor MS Project-XML wordt aanvaard.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="329"/>
        <source>The file contains a document type declaration (DTD), which MS Project XML never uses; it was refused without being read.</source>
        <translation>Het bestand bevat een documenttypedeclaratie (DTD), die MS Project-XML nooit gebruikt; het is geweigerd zonder het te lezen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="337"/>
        <source>The file declares the entity {name}, which MS Project XML never uses; it was refused without expanding it.</source>
        <translation>Het bestand declareert de entiteit {name}, die MS Project-XML nooit gebruikt; het is geweigerd zonder ze uit te breiden.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="345"/>
        <source>The file refers to the external resource {system_id}, which MS Project XML never uses; it was refused without fetching it.</source>
        <translation>Het bestand verwijst naar de externe bron {system_id}, die MS Project-XML nooit gebruikt; het is geweigerd zonder ze op te halen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="353"/>
        <source>The file uses an XML feature that MS Project XML never uses ({reason}).</source>
        <translation>Het bestand gebruikt een XML-functie die MS Project-XML nooit gebruikt ({reason}).</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="356"/>
        <source>The file cannot be read as XML ({reason}).</source>
        <translation>Het bestand kan niet als XML worden gelezen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="361"/>
        <source>The file is not well-formed XML: {reason} at line {line}, column {column}.</source>
        <translation>Het bestand is geen welgevormde XML: {reason} op regel {line}, kolom {column}.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="427"/>
        <source>Line {line}: {sentence}</source>
        <translation>Regel {line}: {sentence}</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="433"/>
        <source>{element} of {owner} is not {expected}: '{value}'.</source>
        <translation>{element} van {owner} moet {expected} zijn: '{value}'.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="456"/>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="463"/>
        <location filename="../../services/mspdi_import.py" line="541"/>
        <source>{owner} has no {element}.</source>
        <translation>{owner} heeft geen {element}.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="476"/>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="484"/>
        <source>a boolean (0 or 1)</source>
        <translation>een booleaanse waarde (0 of 1)</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="495"/>
        <location filename="../../services/mspdi_import.py" line="678"/>
        <source>a date and time (YYYY-MM-DDTHH:MM:SS)</source>
        <translation>een datum en tijd (JJJJ-MM-DDTUU:MM:SS)</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="504"/>
        <source>{element} of {owner} is {value}, outside the dates MS Project can hold (1984 to 2149).</source>
        <translation>{element} van {owner} is {value}, buiten de datums die MS Project aankan (1984 tot 2149).</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="518"/>
        <source>a duration such as PT8H0M0S</source>
        <translation>een duur zoals PT8H0M0S</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="521"/>
        <source>a duration in hours, minutes and seconds</source>
        <translation>een duur in uren, minuten en seconden</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="524"/>
        <source>a duration of a sensible length</source>
        <translation>een duur van redelijke lengte</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="530"/>
        <source>{element} of {owner} is negative ({value}).</source>
        <translation>{element} van {owner} is negatief ({value}).</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="545"/>
        <source>a time of day (HH:MM:SS)</source>
        <translation>een tijdstip (UU:MM:SS)</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="573"/>
        <source>task UID {uid}</source>
        <translation>taak met UID {uid}</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="577"/>
        <source>resource UID {uid}</source>
        <translation>resource met UID {uid}</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="581"/>
        <source>calendar UID {uid}</source>
        <translation>kalender met UID {uid}</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="585"/>
        <source>assignment UID {uid}</source>
        <translation>toewijzing met UID {uid}</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="602"/>
        <source>{element} of {owner} is {value}, not a percentage between 0 and 100.</source>
        <translation>{element} van {owner} is {value}, geen percentage tussen 0 en 100.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="615"/>
        <source>a positive number of units</source>
        <translation>een positief aantal eenheden</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="634"/>
        <source>a WorkingTime of {owner} ends ({end}) before it starts ({start}).</source>
        <translation>een WorkingTime van {owner} eindigt ({end}) voor het begint ({start}).</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="642"/>
        <source>the WorkingTimes of {owner} overlap.</source>
        <translation>de WorkingTimes van {owner} overlappen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="666"/>
        <source>the TimePeriod of {owner} ends before it starts.</source>
        <translation>de TimePeriod van {owner} eindigt voor hij begint.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="716"/>
        <source>the recurrence of {owner} has an unknown MonthItem or MonthPosition.</source>
        <translation>de herhaling van {owner} heeft een onbekend MonthItem of onbekende MonthPosition.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="734"/>
        <source>the exception of {owner} has an unknown recurrence Type {kind}.</source>
        <translation>de uitzondering van {owner} heeft een onbekend herhalingstype (Type) {kind}.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="742"/>
        <source>the recurring exception of {owner} has no occurrence between {start} and {end}.</source>
        <translation>de terugkerende uitzondering van {owner} komt niet voor tussen {start} en {end}.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="751"/>
        <source>a calendar</source>
        <translation>een kalender</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="780"/>
        <source>a day type between 0 and 7</source>
        <translation>een dagtype tussen 0 en 7</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="801"/>
        <source>an exception of {owner} has no TimePeriod.</source>
        <translation>een uitzondering van {owner} heeft geen TimePeriod.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="825"/>
        <source>Work week '{name}' has no date range and was not carried.</source>
        <translation>Werkweek '{name}' heeft geen datumbereik en is niet overgenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="852"/>
        <source>Work week '{name}' ({start} to {end}) was carried as weekly recurring exceptions, which take precedence over other exceptions starting earlier.</source>
        <translation>Werkweek '{name}' ({start} tot {end}) is overgenomen als wekelijks terugkerende uitzonderingen, die voorrang hebben op andere uitzonderingen die eerder beginnen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="872"/>
        <source>calendar UID {uid} is (indirectly) its own base calendar.</source>
        <translation>kalender met UID {uid} is (onrechtstreeks) zijn eigen basiskalender.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="880"/>
        <source>calendar UID {uid} is based on calendar UID {base}, which is not in the file.</source>
        <translation>kalender met UID {uid} is gebaseerd op kalender met UID {base}, die niet in het bestand staat.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="901"/>
        <source>Calendar '{name}' makes every day of the week non-working; Belfry reads a week without working time as the base calendar's week.</source>
        <translation>Kalender '{name}' maakt elke dag van de week niet-werkend; Belfry leest een week zonder werktijd als de week van de basiskalender.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="933"/>
        <source>The file is not MS Project XML: its root element is {local} in the namespace '{namespace}', not Project in the namespace {expected}.</source>
        <translation>Het bestand is geen MS Project-XML: het hoofdelement is {local} in de naamruimte '{namespace}', niet Project in de naamruimte {expected}.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1018"/>
        <location filename="../../services/mspdi_import.py" line="1379"/>
        <source>the project</source>
        <translation>het project</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1030"/>
        <source>The currency symbol '{symbol}' has no ISO code in the file; EUR was assumed.</source>
        <translation>Het valutasymbool '{symbol}' heeft geen ISO-code in het bestand; EUR is aangenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1045"/>
        <source>a positive number</source>
        <translation>een positief getal</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1048"/>
        <source>a month between 1 and 12</source>
        <translation>een maand tussen 1 en 12</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1053"/>
        <source>The project is scheduled from its finish date in MS Project; Belfry schedules from the start date.</source>
        <translation>Het project wordt in MS Project vanaf de einddatum gepland; Belfry plant vanaf de begindatum.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1067"/>
        <source>The project element {element} was not carried.</source>
        <translation>Het projectelement {element} is niet overgenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1070"/>
        <source>Imported project</source>
        <translation>Geïmporteerd project</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1091"/>
        <source>calendar UID {uid} appears twice.</source>
        <translation>kalender met UID {uid} komt twee keer voor.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1101"/>
        <source>The project calendar UID {uid} is not in the file; Belfry's standard calendar is used.</source>
        <translation>De projectkalender met UID {uid} staat niet in het bestand; de standaardkalender van Belfry wordt gebruikt.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1111"/>
        <source>the project has no StartDate and no task has a Start.</source>
        <translation>het project heeft geen StartDate en geen enkele taak heeft een Start.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1342"/>
        <source>Custom field {name} = '{value}' was not carried.</source>
        <translation>Aangepast veld {name} = '{value}' is niet overgenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1352"/>
        <source>Outline code {name} (value {value}) was not carried.</source>
        <translation>Overzichtscode {name} (waarde {value}) is niet overgenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1375"/>
        <location filename="../../services/mspdi_import.py" line="1390"/>
        <source>a task</source>
        <translation>een taak</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1393"/>
        <source>task UID {uid} appears twice.</source>
        <translation>taak met UID {uid} komt twee keer voor.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1398"/>
        <source>an outline level of 0 or more</source>
        <translation>een overzichtsniveau van 0 of meer</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1403"/>
        <source>The project summary task (UID {uid}) was not imported as a task: Belfry rolls the project up itself, so its own fields and baselines are not carried.</source>
        <translation>De projectsamenvattingstaak (UID {uid}) is niet als taak geïmporteerd: Belfry vat het project zelf samen, dus haar eigen velden en basislijnen zijn niet overgenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1412"/>
        <source>A blank task row (IsNull) was skipped.</source>
        <translation>Een lege taakrij (IsNull) is overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1421"/>
        <source>task UID {uid} has OutlineLevel {level} directly below a task of level {parent}.</source>
        <translation>taak met UID {uid} heeft OutlineLevel {level} direct onder een taak van niveau {parent}.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1455"/>
        <source>The task type (fixed units, duration or work) and effort-driven flag of {count} tasks were not carried: Belfry keeps duration, work and units as entered.</source>
        <translation>Het taaktype (vaste eenheden, vaste duur of vast werk) en de markering ‘op inspanning gebaseerd’ van {count} taken zijn niet overgenomen: Belfry bewaart duur, werk en eenheden zoals ingevoerd.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1460"/>
        <source>The 'estimated' mark of {count} task durations was not carried.</source>
        <translation>De markering ‘geschat’ van {count} taakduren is niet overgenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1488"/>
        <source>a known duration format</source>
        <translation>een bekend duurformaat</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1493"/>
        <source>a constraint type between 0 and 7</source>
        <translation>een beperkingstype tussen 0 en 7</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1502"/>
        <source>The {constraint} constraint has no ConstraintDate; the task was made as soon as possible.</source>
        <translation>De beperking {constraint} heeft geen ConstraintDate; de taak is op ‘zo snel mogelijk’ gezet.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1510"/>
        <source>a priority between 0 and 1000</source>
        <translation>een prioriteit tussen 0 en 1000</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1519"/>
        <source>task UID {uid} uses calendar UID {calendar}, which is not in the file.</source>
        <translation>taak met UID {uid} gebruikt kalender met UID {calendar}, die niet in het bestand staat.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1529"/>
        <source>An elapsed leveling delay was carried as working time.</source>
        <translation>Een nivelleringsvertraging in verstreken tijd is als werktijd overgenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1583"/>
        <source>The task is manually scheduled in MS Project; Belfry schedules it automatically.</source>
        <translation>De taak is in MS Project handmatig gepland; Belfry plant ze automatisch.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1589"/>
        <source>The task is inactive in MS Project; it was imported as an active task.</source>
        <translation>De taak is inactief in MS Project; ze is als actieve taak geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1595"/>
        <source>The task is a recurring task; its occurrences were imported as ordinary tasks and the recurrence pattern was not carried.</source>
        <translation>De taak is een periodieke taak; de exemplaren zijn als gewone taken geïmporteerd en het herhalingspatroon is niet overgenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1605"/>
        <source>The task stands for a subproject or an external task; the link to the other file was not carried.</source>
        <translation>De taak staat voor een subproject of een externe taak; de koppeling naar het andere bestand is niet overgenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1615"/>
        <location filename="../../services/mspdi_import.py" line="1946"/>
        <source>{element} '{value}' was not carried.</source>
        <translation>{element} '{value}' is niet overgenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1619"/>
        <location filename="../../services/mspdi_import.py" line="1957"/>
        <location filename="../../services/mspdi_import.py" line="2044"/>
        <source>Overtime work was not carried.</source>
        <translation>Overwerk is niet overgenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1624"/>
        <source>{count} time-phased data blocks of the task were not carried.</source>
        <translation>{count} blokken tijdgefaseerde gegevens van de taak zijn niet overgenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1645"/>
        <source>A link from task UID {predecessor} of another project ({name}) was not carried.</source>
        <translation>Een koppeling vanaf taak met UID {predecessor} van een ander project ({name}) is niet overgenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1655"/>
        <source>A link from the skipped task UID {predecessor} was not carried.</source>
        <translation>Een koppeling vanaf de overgeslagen taak met UID {predecessor} is niet overgenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1662"/>
        <source>the PredecessorLink of task UID {uid} refers to task UID {predecessor}, which is not in the file.</source>
        <translation>de PredecessorLink van taak met UID {uid} verwijst naar taak met UID {predecessor}, die niet in het bestand staat.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1670"/>
        <source>a link type between 0 and 3</source>
        <translation>een koppelingstype tussen 0 en 3</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1673"/>
        <source>A link of the task to itself was not carried.</source>
        <translation>Een koppeling van de taak met zichzelf is niet overgenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1680"/>
        <source>A second link from task UID {predecessor} was not carried.</source>
        <translation>Een tweede koppeling vanaf taak met UID {predecessor} is niet overgenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1698"/>
        <source>An elapsed % lag from task UID {predecessor} was carried as a % of the predecessor's working duration.</source>
        <translation>Een vertraging in % verstreken tijd vanaf taak met UID {predecessor} is overgenomen als % van de werkduur van de voorganger.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1707"/>
        <source>a known lag format</source>
        <translation>een bekend vertragingsformaat</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1741"/>
        <source>a baseline number between 0 and 10</source>
        <translation>een basislijnnummer tussen 0 en 10</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1748"/>
        <source>The time-phased values of baseline {number} were not carried.</source>
        <translation>De tijdgefaseerde waarden van basislijn {number} zijn niet overgenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1769"/>
        <source>Baseline</source>
        <translation>Basislijn</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1771"/>
        <source>Baseline {number}</source>
        <translation>Basislijn {number}</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1773"/>
        <source>Imported from MS Project</source>
        <translation>Geïmporteerd uit MS Project</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1805"/>
        <source>a resource</source>
        <translation>een resource</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1808"/>
        <source>resource UID {uid} appears twice.</source>
        <translation>resource met UID {uid} komt twee keer voor.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1814"/>
        <source>A blank resource row (IsNull) was skipped.</source>
        <translation>Een lege resourcerij (IsNull) is overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1838"/>
        <source>Cost resource '{name}' was carried as a vendor; the cost amounts of its assignments were not carried.</source>
        <translation>Kostenresource '{name}' is overgenomen als leverancier; de kostenbedragen van haar toewijzingen zijn niet overgenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1848"/>
        <source>a resource type (0, 1 or 2)</source>
        <translation>een resourcetype (0, 1 of 2)</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1853"/>
        <source>resource UID {uid} uses calendar UID {calendar}, which is not in the file.</source>
        <translation>resource met UID {uid} gebruikt kalender met UID {calendar}, die niet in het bestand staat.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1862"/>
        <source>a positive amount</source>
        <translation>een positief bedrag</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1884"/>
        <source>a positive rate</source>
        <translation>een positief tarief</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1890"/>
        <source>{element} {value} was rounded to the cent ({money}).</source>
        <translation>{element} {value} is afgerond op de cent ({money}).</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1916"/>
        <source>Cost rate table {letter} (RateTable {table}, {count} rates) was not carried.</source>
        <translation>Kostentarieftabel {letter} (RateTable {table}, {count} tarieven) is niet overgenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1924"/>
        <source>Cost rate table A changes over time ({count} rates); only the resource's current standard rate, overtime rate and cost per use were carried.</source>
        <translation>Kostentarieftabel A verandert in de tijd ({count} tarieven); alleen het huidige standaardtarief, overurentarief en de kosten per gebruik van de resource zijn overgenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1936"/>
        <source>{count} availability periods (max units over time) were not carried; MaxUnits was carried.</source>
        <translation>{count} beschikbaarheidsperioden (maximumeenheden in de tijd) zijn niet overgenomen; MaxUnits is overgenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1952"/>
        <source>{count} resource baselines were not carried (Belfry keeps baselines per task).</source>
        <translation>{count} resourcebasislijnen zijn niet overgenomen (Belfry bewaart basislijnen per taak).</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1962"/>
        <source>{count} time-phased data blocks of the resource were not carried.</source>
        <translation>{count} blokken tijdgefaseerde gegevens van de resource zijn niet overgenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1979"/>
        <source>an assignment</source>
        <translation>een toewijzing</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1988"/>
        <source>The task appears split (its work pauses in assignment UID {uid}); the split segments were not carried, Belfry schedules the task in one piece.</source>
        <translation>De taak lijkt gesplitst (het werk pauzeert in toewijzing met UID {uid}); de gesplitste delen zijn niet overgenomen, Belfry plant de taak in één stuk.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="2001"/>
        <source>The assignment to task UID {task} (the project summary or a skipped task) was not carried.</source>
        <translation>De toewijzing aan taak met UID {task} (de projectsamenvatting of een overgeslagen taak) is niet overgenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="2012"/>
        <source>assignment UID {uid} refers to resource UID {resource}, which is not in the file.</source>
        <translation>toewijzing met UID {uid} verwijst naar resource met UID {resource}, die niet in het bestand staat.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="2021"/>
        <source>A second assignment of resource UID {resource} to task UID {task} was not carried.</source>
        <translation>Een tweede toewijzing van resource met UID {resource} aan taak met UID {task} is niet overgenomen.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="2031"/>
        <source>{count} time-phased data blocks were not carried: Belfry spreads work evenly.</source>
        <translation>{count} blokken tijdgefaseerde gegevens zijn niet overgenomen: Belfry spreidt het werk gelijkmatig.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="2039"/>
        <source>{count} assignment baselines were not carried (Belfry keeps baselines per task).</source>
        <translation>{count} toewijzingsbasislijnen zijn niet overgenomen (Belfry bewaart basislijnen per taak).</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="2049"/>
        <source>The assignment uses cost rate table {table}; Belfry uses the resource's standard rate.</source>
        <translation>De toewijzing gebruikt kostentarieftabel {table}; Belfry gebruikt het standaardtarief van de resource.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="2068"/>
        <source>{count} assignments without a resource (ResourceUID -65535) were not carried: they only hold MS Project's time-phased task work.</source>
        <translation>{count} toewijzingen zonder resource (ResourceUID -65535) zijn niet overgenomen: ze bevatten alleen het tijdgefaseerde taakwerk van MS Project.</translation>
    </message>
</context>
<context>
    <name>project_file</name>
    <message>
        <location filename="../../services/project_file.py" line="274"/>
        <source>The project has no file name yet; use Save As.</source>
        <translation>Het project heeft nog geen bestandsnaam; gebruik Opslaan als.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="368"/>
        <source>{path} was saved by an older version of Belfry (schema {found}); open it in Belfry to upgrade it.</source>
        <translation>{path} is opgeslagen met een oudere versie van Belfry (schema {found}); open het in Belfry om het bij te werken.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="375"/>
        <source>{path} is open for reading only.</source>
        <translation>{path} is alleen-lezen geopend.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="445"/>
        <source>This working copy is still open in another Belfry window (process {pid}).</source>
        <translation>Deze werkkopie is nog geopend in een ander Belfry-venster (proces {pid}).</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="480"/>
        <source>The file {path} does not exist.</source>
        <translation>Het bestand {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="483"/>
        <source>{path} is a folder, not a Belfry project file.</source>
        <translation>{path} is een map, geen Belfry-projectbestand.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="487"/>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>Het bestand {path} kan niet worden gelezen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="490"/>
        <source>{path} is not a Belfry project file.</source>
        <translation>{path} is geen Belfry-projectbestand.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="497"/>
        <source>{path} is an SQLite database but not a Belfry project file.</source>
        <translation>{path} is een SQLite-database, maar geen Belfry-projectbestand.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="501"/>
        <source>{path} was saved by a newer version of Belfry (schema {found}; this version reads up to {supported}).</source>
        <translation>{path} is opgeslagen met een nieuwere versie van Belfry (schema {found}; deze versie leest tot {supported}).</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="519"/>
        <source>{path} is damaged (truncated or corrupt) and cannot be opened.</source>
        <translation>{path} is beschadigd (afgekapt of corrupt) en kan niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="548"/>
        <source>{path} uses schema {found}, which this version of Belfry cannot upgrade.</source>
        <translation>{path} gebruikt schema {found}, dat deze versie van Belfry niet kan bijwerken.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="561"/>
        <source>{path} could not be upgraded from schema {found} to {wanted} (step “{step}” failed); the file itself was not changed.</source>
        <translation>{path} kon niet worden bijgewerkt van schema {found} naar {wanted} (stap ‘{step}’ is mislukt); het bestand zelf is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="582"/>
        <source>{path} must be upgraded, but no backup of it can be kept in its folder ({reason}); copy it to a folder you can write and open it there.</source>
        <translation>{path} moet worden bijgewerkt, maar er kan geen reservekopie in de map worden bewaard ({reason}); kopieer het naar een map waarin u kunt schrijven en open het daar.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="616"/>
        <source>Cannot save {path}: the disk is full; the file was left unchanged.</source>
        <translation>Kan {path} niet opslaan: de schijf is vol; het bestand is ongewijzigd gebleven.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="620"/>
        <source>Cannot save {path}: the folder {folder} is read-only; the file was left unchanged.</source>
        <translation>Kan {path} niet opslaan: de map {folder} is alleen-lezen; het bestand is ongewijzigd gebleven.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="624"/>
        <source>Cannot save {path}: the folder {folder} does not exist.</source>
        <translation>Kan {path} niet opslaan: de map {folder} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="627"/>
        <source>Cannot save {path} ({reason}); the file was left unchanged.</source>
        <translation>Kan {path} niet opslaan ({reason}); het bestand is ongewijzigd gebleven.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="657"/>
        <source>You cannot write in the folder of {path}, so it is open read-only; use Save As to edit it.</source>
        <translation>U kunt niet schrijven in de map van {path}, daarom is het alleen-lezen geopend; gebruik Opslaan als om het te bewerken.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="662"/>
        <source>{path} is in use by {user} on {host} since {time}, so it is open read-only; open it as a copy to edit it.</source>
        <translation>{path} is sinds {time} in gebruik door {user} op {host}, daarom is het alleen-lezen geopend; open het als kopie om het te bewerken.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="676"/>
        <source>{path} is in use by {user} on {host}; save under another name.</source>
        <translation>{path} is in gebruik door {user} op {host}; sla het onder een andere naam op.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="711"/>
        <source>another user</source>
        <translation>een andere gebruiker</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="795"/>
        <source>No working copy can be made in {folder} ({reason}).</source>
        <translation>In {folder} kan geen werkkopie worden gemaakt ({reason}).</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <location filename="../../services/schedule_service.py" line="444"/>
        <source>"{wbs} {name}" (uid {uid})</source>
        <translation>‘{wbs} {name}’ (uid {uid})</translation>
    </message>
    <message>
        <location filename="../../services/schedule_service.py" line="456"/>
        <source>The links {chain} form a cycle; the link back to the first task is ignored.</source>
        <translation>De koppelingen {chain} vormen een kringloop; de koppeling terug naar de eerste taak wordt genegeerd.</translation>
    </message>
    <message>
        <location filename="../../services/schedule_service.py" line="460"/>
        <source>{problem} Tasks concerned: {tasks}.</source>
        <translation>{problem} Betrokken taken: {tasks}.</translation>
    </message>
</context>
<context>
    <name>unit</name>
    <message>
        <location filename="../../gui/input_parsing.py" line="158"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../../gui/input_parsing.py" line="159"/>
        <source>h</source>
        <translation>u</translation>
    </message>
    <message>
        <location filename="../../gui/input_parsing.py" line="160"/>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <location filename="../../gui/input_parsing.py" line="161"/>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <location filename="../../gui/input_parsing.py" line="162"/>
        <source>mo</source>
        <translation>ma</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../services/validation.py" line="239"/>
        <source>The check "{check}" could not read the file: {reason}.</source>
        <translation>De controle ‘{check}’ kon het bestand niet lezen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="377"/>
        <source>row {id} of table {table}</source>
        <translation>rij {id} van tabel {table}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="380"/>
        <source>project "{name}"</source>
        <translation>project ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="387"/>
        <source>task "{key}" (uid {uid})</source>
        <translation>taak ‘{key}’ (uid {uid})</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="394"/>
        <source>calendar "{name}" (uid {uid})</source>
        <translation>kalender ‘{name}’ (uid {uid})</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="401"/>
        <source>exception "{name}" of {calendar}</source>
        <translation>uitzondering ‘{name}’ van {calendar}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="410"/>
        <source>a working interval of {calendar}</source>
        <translation>een werkinterval van {calendar}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="419"/>
        <source>resource "{name}" (uid {uid})</source>
        <translation>resource ‘{name}’ (uid {uid})</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="426"/>
        <source>the link from {predecessor} to {successor}</source>
        <translation>de koppeling van {predecessor} naar {successor}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="435"/>
        <source>the assignment of {resource} to {task}</source>
        <translation>de toewijzing van {resource} aan {task}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="444"/>
        <source>baseline {number}</source>
        <translation>basislijn {number}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="451"/>
        <source>{task} in {baseline}</source>
        <translation>{task} in {baseline}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="460"/>
        <source>budget line "{key}"</source>
        <translation>begrotingslijn ‘{key}’</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="469"/>
        <source>commitment "{reference}"</source>
        <translation>vastlegging ‘{reference}’</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="470"/>
        <source>commitment {id}</source>
        <translation>vastlegging {id}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="477"/>
        <source>invoice "{number}"</source>
        <translation>factuur ‘{number}’</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="484"/>
        <source>contract "{code}"</source>
        <translation>contract ‘{code}’</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="491"/>
        <source>cost entry "{reference}" of {date}</source>
        <translation>kostenboeking ‘{reference}’ van {date}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="492"/>
        <source>cost entry {id} of {date}</source>
        <translation>kostenboeking {id} van {date}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="501"/>
        <source>the status period ending {date}</source>
        <translation>de statusperiode die eindigt op {date}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="508"/>
        <source>the review of {risk} on {date}</source>
        <translation>de beoordeling van {risk} op {date}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="517"/>
        <source>stakeholder "{name}"</source>
        <translation>belanghebbende ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="524"/>
        <source>compliance item "{framework} {code}"</source>
        <translation>nalevingspunt ‘{framework} {code}’</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="538"/>
        <source>risk "{code}"</source>
        <translation>risico ‘{code}’</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="541"/>
        <source>issue "{code}"</source>
        <translation>issue ‘{code}’</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="544"/>
        <source>change request "{code}"</source>
        <translation>wijzigingsverzoek ‘{code}’</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="547"/>
        <source>decision "{code}"</source>
        <translation>beslissing ‘{code}’</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="550"/>
        <source>lesson "{code}"</source>
        <translation>geleerde les ‘{code}’</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="677"/>
        <source>The SQLite integrity check of the file reports: {detail}.</source>
        <translation>De SQLite-integriteitscontrole van het bestand meldt: {detail}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="689"/>
        <source>{row} refers through {column} to {parent} {value}, which does not exist.</source>
        <translation>{row} verwijst via {column} naar {parent} {value}, dat niet bestaat.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="749"/>
        <source>{row} has {field} {value}, outside the supported range {earliest} to {latest}.</source>
        <translation>{row} heeft {field} {value}, buiten het ondersteunde bereik {earliest} tot {latest}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="752"/>
        <source>{row} has {field} "{value}", which is not a valid date.</source>
        <translation>{row} heeft {field} ‘{value}’, wat geen geldige datum is.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="782"/>
        <source>{row} has no {field}, which is required.</source>
        <translation>{row} heeft geen {field}, terwijl dat verplicht is.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="800"/>
        <source>{row} has an unknown {field} "{value}".</source>
        <translation>{row} heeft een onbekende {field} ‘{value}’.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="831"/>
        <source>{row} has a negative {field} ({amount}).</source>
        <translation>{row} heeft een negatieve {field} ({amount}).</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="851"/>
        <source>{row} has a VAT rate of {rate} %, outside 0 to 100 %.</source>
        <translation>{row} heeft een btw-tarief van {rate} %, buiten 0 tot 100 %.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="890"/>
        <source>{row} has {field} {value} %, outside {low} to {high} %.</source>
        <translation>{row} heeft {field} {value} %, buiten {low} tot {high} %.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="895"/>
        <source>{row} has {field} {value}, outside the scale {low} to {high}.</source>
        <translation>{row} heeft {field} {value}, buiten de schaal {low} tot {high}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="920"/>
        <source>{row} breaks the rule "{rule}".</source>
        <translation>{row} overtreedt de regel ‘{rule}’.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="951"/>
        <source>The outline has a loop of parents: {cycle}.</source>
        <translation>De overzichtsstructuur bevat een kringloop van bovenliggende taken: {cycle}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="971"/>
        <source>{row} is marked as a summary task but has no subtasks.</source>
        <translation>{row} is gemarkeerd als samenvattingstaak, maar heeft geen subtaken.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="972"/>
        <source>{row} has {count} subtasks but is not marked as a summary task.</source>
        <translation>{row} heeft {count} subtaken, maar is niet gemarkeerd als samenvattingstaak.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="993"/>
        <source>The uid {uid} is used by {count} rows of table {table} in {project}: {rows}.</source>
        <translation>De uid {uid} wordt gebruikt door {count} rijen van tabel {table} in {project}: {rows}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1019"/>
        <source>{count} rows of table {table} share the same {columns} ({values}): {rows}.</source>
        <translation>{count} rijen van tabel {table} hebben dezelfde {columns} ({values}): {rows}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1047"/>
        <source>{row} is a milestone but has a duration of {hours} working hours.</source>
        <translation>{row} is een mijlpaal, maar heeft een duur van {hours} werkuren.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1059"/>
        <source>{row} has the WBS code "{wbs}" but its outline position is {expected}.</source>
        <translation>{row} heeft WBS-code ‘{wbs}’, maar de positie in de overzichtsstructuur is {expected}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1152"/>
        <source>{row} depends on itself.</source>
        <translation>{row} hangt van zichzelf af.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1153"/>
        <source>The dependencies {cycle} form a cycle.</source>
        <translation>De afhankelijkheden {cycle} vormen een kringloop.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1154"/>
        <source>The dependencies {cycle} form a cycle ({count} tasks are caught in linked cycles).</source>
        <translation>De afhankelijkheden {cycle} vormen een kringloop ({count} taken zitten vast in gekoppelde kringlopen).</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1173"/>
        <source>{link} joins a summary task to one of its own subtasks, which MS Project does not allow.</source>
        <translation>{link} verbindt een samenvattingstaak met een van haar eigen subtaken, wat MS Project niet toestaat.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1194"/>
        <source>{row} ends on {finish}, before it starts on {start}.</source>
        <translation>{row} eindigt op {finish}, vóór het begin op {start}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1195"/>
        <source>{row} has an actual finish ({finish}) before its actual start ({start}).</source>
        <translation>{row} heeft een werkelijk einde ({finish}) vóór het werkelijke begin ({start}).</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1220"/>
        <source>{row} has an actual finish ({finish}) but no actual start.</source>
        <translation>{row} heeft een werkelijk einde ({finish}), maar geen werkelijk begin.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1228"/>
        <source>{row} is 100 % complete but has no actual finish.</source>
        <translation>{row} is 100 % voltooid, maar heeft geen werkelijk einde.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1237"/>
        <source>{row} has the constraint "{constraint}" but no constraint date.</source>
        <translation>{row} heeft de beperking ‘{constraint}’, maar geen beperkingsdatum.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1256"/>
        <source>{row} has {committed} committed, more than its amount of {amount}.</source>
        <translation>{row} heeft {committed} vastgelegd, meer dan het bedrag van {amount}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1270"/>
        <source>{row} has {committed} committed, more than its ceiling of {ceiling}.</source>
        <translation>{row} heeft {committed} vastgelegd, meer dan het plafond van {ceiling}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1285"/>
        <source>{row} has {invoiced} invoiced, more than its amount of {amount}.</source>
        <translation>{row} heeft {invoiced} gefactureerd, meer dan het bedrag van {amount}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1323"/>
        <source>The base calendars loop: {cycle}.</source>
        <translation>De basiskalenders vormen een kringloop: {cycle}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1324"/>
        <source>{row} has no working time in its week.</source>
        <translation>{row} heeft geen werktijd in de week.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1325"/>
        <source>{row} has no working time in its week: it takes its week from {base}, which has none.</source>
        <translation>{row} heeft geen werktijd in de week: de week komt van {base}, dat er geen heeft.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1354"/>
        <source>{row} has no project calendar; the standard calendar is used.</source>
        <translation>{row} heeft geen projectkalender; de standaardkalender wordt gebruikt.</translation>
    </message>
</context>
</TS>
