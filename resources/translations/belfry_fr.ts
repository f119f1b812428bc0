<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en_GB">
<context>
    <name>BaselineDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="246"/>
        <source>Set baseline</source>
        <translation>Définir la planification de référence</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="252"/>
        <source>Baseline {number}</source>
        <translation>Référence {number}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="254"/>
        <source>{number} — {name} (saved {when})</source>
        <translation>{number} — {name} (enregistrée le {when})</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="261"/>
        <source>Baseline number</source>
        <translation>Numéro de la référence</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="263"/>
        <source>Baseline name</source>
        <translation>Nom de la référence</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="265"/>
        <source>Reason for replacing the baseline</source>
        <translation>Motif du remplacement de la référence</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="267"/>
        <source>Approving change request</source>
        <translation>Demande de modification approuvée</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="278"/>
        <source>&amp;Baseline:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="279"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="280"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="281"/>
        <source>&amp;Change request:</source>
        <translation>&amp;Demande de modification :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="310"/>
        <source>e.g. Approved plan</source>
        <translation>p. ex. Planning approuvé</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="314"/>
        <source>The current schedule is saved as a new baseline.</source>
        <translation>Le planning actuel est enregistré comme nouvelle planification de référence.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="317"/>
        <source>This baseline is already saved: replacing it needs a reason and an approved change request.</source>
        <translation>Cette référence est déjà enregistrée : pour la remplacer, il faut un motif et une demande de modification approuvée.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="321"/>
        <location filename="../../gui/dialogs.py" line="322"/>
        <source>This baseline is already saved and the project has no approved change request: choose a free baseline number.</source>
        <translation>Cette référence est déjà enregistrée et le projet n'a aucune demande de modification approuvée : choisissez un numéro libre.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="332"/>
        <source>Replacing a baseline needs an approved change request.</source>
        <translation>Le remplacement d'une référence exige une demande de modification approuvée.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="334"/>
        <source>Replacing a baseline needs a reason.</source>
        <translation>Le remplacement d'une référence exige un motif.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="97"/>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="99"/>
        <source>{hours} h {minutes:02d}</source>
        <translation>{hours} h {minutes:02d}</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="106"/>
        <source>Belgian public holidays</source>
        <translation>Jours fériés légaux (Belgique)</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="107"/>
        <source>Day of the Flemish Community (11 July)</source>
        <translation>Fête de la Communauté flamande (11 juillet)</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="108"/>
        <source>Day of the French Community (27 September)</source>
        <translation>Fête de la Fédération Wallonie-Bruxelles (27 septembre)</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="109"/>
        <source>Day of the German-speaking Community (15 November)</source>
        <translation>Fête de la Communauté germanophone (15 novembre)</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="110"/>
        <source>Federal civil service days (15 November, 26 December)</source>
        <translation>Jours de la fonction publique fédérale (15 novembre, 26 décembre)</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="117"/>
        <source>Belgian public</source>
        <translation>Jour férié légal</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="118"/>
        <source>Flemish Community</source>
        <translation>Communauté flamande</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="119"/>
        <source>French Community</source>
        <translation>Fédération Wallonie-Bruxelles</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="120"/>
        <source>German-speaking Community</source>
        <translation>Communauté germanophone</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="121"/>
        <source>Federal civil service</source>
        <translation>Fonction publique fédérale</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="133"/>
        <source>Every week on {day}</source>
        <translation>Chaque semaine le {day}</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="135"/>
        <source>Every month on day {day}</source>
        <translation>Chaque mois le {day}</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="137"/>
        <source>Every year on {date}</source>
        <translation>Chaque année le {date}</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="142"/>
        <source>{rule}, until {date}</source>
        <translation>{rule}, jusqu'au {date}</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="214"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="215"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="216"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="218"/>
        <source>Working time</source>
        <translation>Temps de travail</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="220"/>
        <source>Non-working</source>
        <translation>Non ouvré</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="223"/>
        <location filename="../../gui/calendar_dialog.py" line="544"/>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="239"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="240"/>
        <location filename="../../gui/calendar_dialog.py" line="629"/>
        <source>Holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="241"/>
        <source>Layer</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="242"/>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="256"/>
        <source>Worked (exception “{name}”)</source>
        <translation>Travaillé (exception « {name} »)</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="257"/>
        <source>Closed (exception “{name}”)</source>
        <translation>Fermé (exception « {name} »)</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="258"/>
        <source>Already a day off</source>
        <translation>Déjà un jour de congé</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="258"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="272"/>
        <location filename="../../gui/calendar_dialog.py" line="341"/>
        <source>Calendars</source>
        <translation>Calendriers</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="313"/>
        <source>&amp;Work week</source>
        <translation>Semaine de &amp;travail</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="314"/>
        <source>E&amp;xceptions</source>
        <translation>E&amp;xceptions</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="315"/>
        <source>&amp;Holidays</source>
        <translation>&amp;Jours fériés</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="320"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="339"/>
        <source>&amp;Calendars:</source>
        <translation>&amp;Calendriers :</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="346"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="347"/>
        <source>A new standard calendar: Monday to Friday, Belgian public holidays</source>
        <translation>Un nouveau calendrier standard : du lundi au vendredi, jours fériés légaux belges</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="349"/>
        <source>Co&amp;py</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="350"/>
        <source>A new calendar with everything of the selected one</source>
        <translation>Un nouveau calendrier qui reprend tout le calendrier sélectionné</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="352"/>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="353"/>
        <source>Delete the selected calendar if nothing uses it</source>
        <translation>Supprimer le calendrier sélectionné s'il n'est utilisé nulle part</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="358"/>
        <source>&amp;Use as the project calendar</source>
        <translation>&amp;Utiliser comme calendrier du projet</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="359"/>
        <source>Tasks and resources without a calendar of their own follow it</source>
        <translation>Les tâches et les ressources sans calendrier propre suivent ce calendrier</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="362"/>
        <source>Calendar name</source>
        <translation>Nom du calendrier</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="365"/>
        <source>Base calendar</source>
        <translation>Calendrier de base</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="367"/>
        <location filename="../../gui/calendar_dialog.py" line="368"/>
        <source>The base calendar's exceptions and holidays apply too; a calendar without a work week of its own works the base calendar's week.</source>
        <translation>Les exceptions et les jours fériés du calendrier de base s'appliquent aussi ; un calendrier sans semaine de travail propre suit la semaine du calendrier de base.</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="377"/>
        <source>N&amp;ame:</source>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="378"/>
        <source>&amp;Base:</source>
        <translation>&amp;Base :</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="394"/>
        <source>Work the base calendar's week</source>
        <translation>Suivre la semaine du calendrier de base</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="399"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="400"/>
        <source>Working hours</source>
        <translation>Heures de travail</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="401"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="408"/>
        <source>Ticked: a working day</source>
        <translation>Coché : jour ouvré</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="410"/>
        <source>Working hours on {day}</source>
        <translation>Heures de travail le {day}</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="411"/>
        <location filename="../../gui/calendar_dialog.py" line="628"/>
        <location filename="../../gui/calendar_dialog.py" line="1316"/>
        <source>Day off</source>
        <translation>Jour de congé</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="431"/>
        <location filename="../../gui/calendar_dialog.py" line="432"/>
        <source>Type working hours as 08:00-12:00, 13:00-17:00 (8h30-12h works too). Untick a day, or leave it empty, for a day off.</source>
        <translation>Tapez les heures de travail sous la forme 08:00-12:00, 13:00-17:00 (8h30-12h convient aussi). Décochez un jour, ou laissez-le vide, pour un jour de congé.</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="448"/>
        <source>Apply a pre&amp;set</source>
        <translation>Appliquer un &amp;modèle</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="451"/>
        <source>Standard: Monday to Friday, 08:00–12:00 and 13:00–17:00</source>
        <translation>Standard : du lundi au vendredi, 08:00–12:00 et 13:00–17:00</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="452"/>
        <source>Four-fifths (4/5): Wednesday off</source>
        <translation>Quatre cinquièmes (4/5) : mercredi libre</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="453"/>
        <source>Four-fifths (4/5): Friday off</source>
        <translation>Quatre cinquièmes (4/5) : vendredi libre</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="454"/>
        <source>Half-time: mornings, Monday to Friday</source>
        <translation>Mi-temps : matinées, du lundi au vendredi</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="455"/>
        <source>Seven days a week (cut-over)</source>
        <translation>Sept jours sur sept (basculement)</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="471"/>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="478"/>
        <source>Add except&amp;ion</source>
        <translation>&amp;Ajouter une exception</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="479"/>
        <source>A new exception on the day selected in the preview</source>
        <translation>Une nouvelle exception le jour sélectionné dans l'aperçu</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="481"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="500"/>
        <source>Selected exception</source>
        <translation>Exception sélectionnée</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="502"/>
        <source>Exception name</source>
        <translation>Nom de l'exception</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="504"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="505"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="510"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="513"/>
        <source>Non-w&amp;orking</source>
        <translation>Non ou&amp;vré</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="514"/>
        <source>Wor&amp;king hours:</source>
        <translation>Heures de travai&amp;l :</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="520"/>
        <source>Exception working hours</source>
        <translation>Heures de travail de l'exception</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="531"/>
        <source>Na&amp;me:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="532"/>
        <source>&amp;Days:</source>
        <translation>&amp;Dates :</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="533"/>
        <source>On these days:</source>
        <translation>Ces jours-là :</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="534"/>
        <source>R&amp;epeats:</source>
        <translation>Répét&amp;ition :</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="547"/>
        <source>Does not repeat</source>
        <translation>Pas de répétition</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="548"/>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="549"/>
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="550"/>
        <source>Every year</source>
        <translation>Chaque année</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="551"/>
        <source>Custom rule (RRULE)</source>
        <translation>Règle personnalisée (RRULE)</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="556"/>
        <source>Recurrence rule</source>
        <translation>Règle de répétition</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="559"/>
        <source>Un&amp;til</source>
        <translation>Jus&amp;qu'au</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="561"/>
        <source>Repeat until</source>
        <translation>Répéter jusqu'au</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="571"/>
        <source>Closed on</source>
        <translation>Jours de fermeture</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="580"/>
        <location filename="../../gui/calendar_dialog.py" line="581"/>
        <source>1 January, Easter Monday, 1 May, Ascension Day, Whit Monday, 21 July, 15 August, 1 November, 11 November and 25 December</source>
        <translation>1er janvier, lundi de Pâques, 1er mai, Ascension, lundi de Pentecôte, 21 juillet, 15 août, 1er novembre, 11 novembre et 25 décembre</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="586"/>
        <source>Holidays in &amp;year:</source>
        <translation>Jours fériés de l'&amp;année :</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="598"/>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="611"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="617"/>
        <source>Month preview</source>
        <translation>Aperçu du mois</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="627"/>
        <source>Working day</source>
        <translation>Jour ouvré</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="630"/>
        <source>Exception: closed</source>
        <translation>Exception : fermé</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="631"/>
        <source>Exception: other hours</source>
        <translation>Horaire d'exception</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="748"/>
        <location filename="../../gui/calendar_dialog.py" line="1195"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="749"/>
        <source>{name} — project calendar</source>
        <translation>{name} — calendrier du projet</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="797"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="821"/>
        <source>The project has no calendar: Belfry schedules with the standard week.</source>
        <translation>Le projet n'a pas de calendrier : Belfry planifie avec la semaine standard.</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="824"/>
        <source>Project calendar.</source>
        <translation>Calendrier du projet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/calendar_dialog.py" line="826"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/calendar_dialog.py" line="827"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n ressource</numerusform>
            <numerusform>%n ressources</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="829"/>
        <source>Used by {tasks} and {resources}.</source>
        <translation>Utilisé par {tasks} et {resources}.</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="831"/>
        <source>Used by {users}.</source>
        <translation>Utilisé par {users}.</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="833"/>
        <source>No task or resource has it as its own calendar.</source>
        <translation>Aucune tâche ni ressource ne l'a comme calendrier propre.</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="835"/>
        <source>New: saved when you press OK.</source>
        <translation>Nouveau : enregistré quand vous cliquez sur OK.</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="843"/>
        <source>New calendar</source>
        <translation>Nouveau calendrier</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="850"/>
        <source>Copy of {name}</source>
        <translation>Copie de {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/calendar_dialog.py" line="1051"/>
        <source>Week: {hours}, %n working day(s)</source>
        <translation>
            <numerusform>Semaine : {hours}, %n jour ouvré</numerusform>
            <numerusform>Semaine : {hours}, %n jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/calendar_dialog.py" line="1070"/>
        <source>%n exception(s) of the base calendars apply too (see the preview).</source>
        <translation>
            <numerusform>%n exception des calendriers de base s'applique aussi (voir l'aperçu).</numerusform>
            <numerusform>%n exceptions des calendriers de base s'appliquent aussi (voir l'aperçu).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="1133"/>
        <source>New exception</source>
        <translation>Nouvelle exception</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="1195"/>
        <source>Exception “{name}”</source>
        <translation>Exception « {name} »</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="1203"/>
        <source>{what}: type its working hours, or choose Non-working.</source>
        <translation>{what} : tapez ses heures de travail ou choisissez Non ouvré.</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="1244"/>
        <source>{layer} — from the base calendar “{name}”</source>
        <translation>{layer} — du calendrier de base « {name} »</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/calendar_dialog.py" line="1304"/>
        <source>{month}: %n working day(s), {hours}</source>
        <translation>
            <numerusform>{month} : %n jour ouvré, {hours}</numerusform>
            <numerusform>{month} : %n jours ouvrés, {hours}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="1314"/>
        <source>Working: {hours}</source>
        <translation>Ouvré : {hours}</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="1318"/>
        <source>Holiday: {name}</source>
        <translation>Jour férié : {name}</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="1320"/>
        <source>Closed: {name}</source>
        <translation>Fermé : {name}</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="1320"/>
        <source>exception</source>
        <translation>exception</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="1322"/>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="1322"/>
        <source>{name}: working {hours}</source>
        <translation>{name} : ouvré {hours}</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="1350"/>
        <source>Edit calendars</source>
        <translation>Modifier les calendriers</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../gui/dialogs.py" line="91"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="92"/>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Enregistrer les modifications de « {name} » avant de fermer ?</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="93"/>
        <source>Your changes are lost if you don't save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="108"/>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="109"/>
        <source>an untitled project</source>
        <translation>un projet sans titre</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="111"/>
        <source>Belfry found unsaved changes to {name} from {time}. Recover them?</source>
        <translation>Belfry a trouvé des modifications non enregistrées de {name} datant du {time}. Les récupérer ?</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="115"/>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="116"/>
        <source>Discard</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="117"/>
        <source>Later</source>
        <translation>Plus tard</translation>
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
        <translation>Échelle de temps</translation>
    </message>
</context>
<context>
    <name>GanttView</name>
    <message>
        <location filename="../../gui/gantt_view.py" line="235"/>
        <source>Gantt chart</source>
        <translation>Diagramme de Gantt</translation>
    </message>
    <message>
        <location filename="../../gui/gantt_view.py" line="705"/>
        <source>Q{quarter} {year}</source>
        <translation>T{quarter} {year}</translation>
    </message>
    <message>
        <location filename="../../gui/gantt_view.py" line="706"/>
        <source>Q{quarter}</source>
        <translation>T{quarter}</translation>
    </message>
    <message>
        <location filename="../../gui/gantt_view.py" line="791"/>
        <source>Start: {start}</source>
        <translation>Début : {start}</translation>
    </message>
    <message>
        <location filename="../../gui/gantt_view.py" line="792"/>
        <source>Finish: {finish}</source>
        <translation>Fin : {finish}</translation>
    </message>
    <message>
        <location filename="../../gui/gantt_view.py" line="797"/>
        <source>Total float: {days} working days</source>
        <translation>Marge totale : {days} jours ouvrés</translation>
    </message>
    <message>
        <location filename="../../gui/gantt_view.py" line="801"/>
        <source>Baseline: {start} – {finish}</source>
        <translation>Référence : {start} – {finish}</translation>
    </message>
    <message>
        <location filename="../../gui/gantt_view.py" line="806"/>
        <source>Deadline: {deadline}</source>
        <translation>Échéance : {deadline}</translation>
    </message>
    <message>
        <location filename="../../gui/gantt_view.py" line="808"/>
        <source>On the critical path</source>
        <translation>Sur le chemin critique</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../gui/i18n_setup.py" line="44"/>
        <source>The new language takes effect the next time you start Belfry.</source>
        <translation>La nouvelle langue sera appliquée au prochain démarrage de Belfry.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n_setup.py" line="129"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="142"/>
        <source>Find a task by name or WBS (Enter: next, Esc: close)</source>
        <translation>Rechercher une tâche par nom ou WBS (Entrée : suivante, Échap : fermer)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="143"/>
        <source>Find task</source>
        <translation>Rechercher une tâche</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="202"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="205"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="207"/>
        <source>Open &amp;demo project</source>
        <translation>Ouvrir le projet de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="209"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="211"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="212"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="213"/>
        <source>&amp;Import MS Project XML…</source>
        <translation>&amp;Importer un fichier XML MS Project…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="214"/>
        <source>&amp;Export MS Project XML…</source>
        <translation>E&amp;xporter au format XML MS Project…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="216"/>
        <source>Edit the project information</source>
        <translation>Modifier les informations sur le projet</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="216"/>
        <source>Proper&amp;ties…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="218"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="221"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="224"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="230"/>
        <source>Cu&amp;t tasks</source>
        <translation>Co&amp;uper les tâches</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="234"/>
        <source>Cut the selected tasks with their subtasks</source>
        <translation>Couper les tâches sélectionnées avec leurs sous-tâches</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="237"/>
        <source>&amp;Copy tasks</source>
        <translation>&amp;Copier les tâches</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="241"/>
        <source>Copy the selected tasks with their subtasks and the links among them</source>
        <translation>Copier les tâches sélectionnées avec leurs sous-tâches et les liens qui les unissent</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="244"/>
        <source>&amp;Paste tasks</source>
        <translation>C&amp;oller les tâches</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="248"/>
        <source>Paste the copied tasks after the current one</source>
        <translation>Coller les tâches copiées après la tâche active</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="251"/>
        <source>Ins&amp;ert task</source>
        <translation>&amp;Insérer une tâche</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="255"/>
        <source>Insert a task above the current one</source>
        <translation>Insérer une tâche au-dessus de la tâche active</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="258"/>
        <source>Insert &amp;milestone</source>
        <translation>Insérer un &amp;jalon</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="260"/>
        <source>&amp;Delete task</source>
        <translation>&amp;Supprimer la tâche</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="262"/>
        <source>&amp;Indent</source>
        <translation>A&amp;baisser</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="266"/>
        <source>Make the task a subtask of the one above</source>
        <translation>Faire de la tâche une sous-tâche de celle du dessus</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="269"/>
        <source>&amp;Outdent</source>
        <translation>&amp;Hausser</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="272"/>
        <source>&amp;Link tasks</source>
        <translation>&amp;Lier les tâches</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="276"/>
        <source>Link the selected tasks finish-to-start</source>
        <translation>Lier les tâches sélectionnées de fin à début</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="279"/>
        <source>U&amp;nlink tasks</source>
        <translation>Annuler la liaiso&amp;n des tâches</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="282"/>
        <source>&amp;Find…</source>
        <translation>R&amp;echercher…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="285"/>
        <source>&amp;Gantt chart</source>
        <translation>&amp;Diagramme de Gantt</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="290"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="293"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="296"/>
        <source>&amp;Fit project</source>
        <translation>Projet &amp;entier</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="298"/>
        <source>&amp;Scroll to task</source>
        <translation>Atteindre la &amp;tâche</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="299"/>
        <source>&amp;Expand all</source>
        <translation>Tout dé&amp;velopper</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="300"/>
        <source>Show &amp;top level only</source>
        <translation>Afficher uniquement le premier &amp;niveau</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="303"/>
        <source>Project &amp;information…</source>
        <translation>&amp;Informations sur le projet…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="306"/>
        <source>C&amp;alendars…</source>
        <translation>&amp;Calendriers…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="306"/>
        <source>Edit work weeks, exceptions and holidays</source>
        <translation>Modifier les semaines de travail, les exceptions et les jours fériés</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="308"/>
        <source>Set &amp;baseline…</source>
        <translation>Définir la &amp;planification de référence…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="309"/>
        <source>&amp;Status date…</source>
        <translation>&amp;Date d'état…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="310"/>
        <source>&amp;Reschedule</source>
        <translation>&amp;Replanifier</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="312"/>
        <source>&amp;Level resources</source>
        <translation>&amp;Niveler les ressources</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="314"/>
        <source>Delay tasks so that no work resource is loaded beyond its maximum units</source>
        <translation>Retarder des tâches pour qu'aucune ressource de travail ne soit chargée au-delà de sa capacité maximale</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="317"/>
        <source>&amp;Clear leveling</source>
        <translation>&amp;Effacer le nivellement</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="317"/>
        <source>Remove every leveling delay</source>
        <translation>Supprimer tous les retards de nivellement</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="322"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="324"/>
        <source>Open &amp;recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="335"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="346"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="352"/>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="356"/>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="381"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="545"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="570"/>
        <location filename="../../gui/main_window.py" line="600"/>
        <source>Belfry project (*.belfry)</source>
        <translation>Projet Belfry (*.belfry)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="570"/>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="591"/>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="600"/>
        <source>Save project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="623"/>
        <source>Import MS Project XML</source>
        <translation>Importer un fichier XML MS Project</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="623"/>
        <location filename="../../gui/main_window.py" line="653"/>
        <source>MS Project XML (*.xml)</source>
        <translation>XML MS Project (*.xml)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="641"/>
        <location filename="../../gui/main_window.py" line="642"/>
        <source>Imported {name}; {count} item(s) could not be carried over exactly (see the import report).</source>
        <translation>{name} importé ; {count} élément(s) n'ont pas pu être repris à l'identique (voir le rapport d'importation).</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="653"/>
        <source>Export MS Project XML</source>
        <translation>Exporter au format XML MS Project</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="663"/>
        <source>Cannot write {path} ({reason}).</source>
        <translation>Impossible d'écrire {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="666"/>
        <source>Exported {path}</source>
        <translation>{path} exporté</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="691"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="711"/>
        <source>Belfry</source>
        <translation>Belfry</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="714"/>
        <source> [read-only]</source>
        <translation> [lecture seule]</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="715"/>
        <source>{name}[*]{suffix} — Belfry</source>
        <translation>{name}[*]{suffix} — Belfry</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="725"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="726"/>
        <source>Status date: {date}</source>
        <translation>Date d'état : {date}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="727"/>
        <source>Finish: {date}</source>
        <translation>Fin : {date}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="732"/>
        <source>Critical path: {length}</source>
        <translation>Chemin critique : {length}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="789"/>
        <source>New milestone</source>
        <translation>Nouveau jalon</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="789"/>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="792"/>
        <source>Insert milestone</source>
        <translation>Insérer un jalon</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="792"/>
        <source>Insert task</source>
        <translation>Insérer une tâche</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="830"/>
        <source>Delete “{name}”</source>
        <translation>Supprimer « {name} »</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="832"/>
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>Supprimer %n tâche</numerusform>
            <numerusform>Supprimer %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="871"/>
        <source>Indent</source>
        <translation>Abaisser</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="871"/>
        <source>Indent “{name}”</source>
        <translation>Abaisser « {name} »</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="883"/>
        <source>Outdent</source>
        <translation>Hausser</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="883"/>
        <source>Outdent “{name}”</source>
        <translation>Hausser « {name} »</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="900"/>
        <source>Link %n task(s)</source>
        <translation>
            <numerusform>Lier %n tâche</numerusform>
            <numerusform>Lier %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="906"/>
        <source>Link “{first}” to “{second}”</source>
        <translation>Lier « {first} » à « {second} »</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="917"/>
        <source>Unlink %n link(s)</source>
        <translation>
            <numerusform>Supprimer %n lien</numerusform>
            <numerusform>Supprimer %n liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="929"/>
        <source>Copied %n task(s).</source>
        <translation>
            <numerusform>%n tâche copiée.</numerusform>
            <numerusform>%n tâches copiées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="941"/>
        <source>Cut “{name}”</source>
        <translation>Couper « {name} »</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="943"/>
        <source>Cut %n task(s)</source>
        <translation>
            <numerusform>Couper %n tâche</numerusform>
            <numerusform>Couper %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="961"/>
        <source>Paste “{name}”</source>
        <translation>Coller « {name} »</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="963"/>
        <source>Paste %n task(s)</source>
        <translation>
            <numerusform>Coller %n tâche</numerusform>
            <numerusform>Coller %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="982"/>
        <source>Set the progress of “{name}”</source>
        <translation>Définir l'avancement de « {name} »</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="991"/>
        <source>Move “{name}”</source>
        <translation>Déplacer « {name} »</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1010"/>
        <source>Change the duration of “{name}”</source>
        <translation>Modifier la durée de « {name} »</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1023"/>
        <source>No task matches “{text}”.</source>
        <translation>Aucune tâche ne correspond à « {text} ».</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1060"/>
        <source>Edit project information</source>
        <translation>Modifier les informations sur le projet</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1078"/>
        <source>Set the status date</source>
        <translation>Définir la date d'état</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1120"/>
        <source>Set baseline {number}</source>
        <translation>Définir la référence {number}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1122"/>
        <source>Baseline {number} saved.</source>
        <translation>Référence {number} enregistrée.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1143"/>
        <source>Level resources</source>
        <translation>Niveler les ressources</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="1144"/>
        <source>Leveling delayed %n task(s).</source>
        <translation>
            <numerusform>Le nivellement a retardé %n tâche.</numerusform>
            <numerusform>Le nivellement a retardé %n tâches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="1151"/>
        <source>%n over-allocation(s) remain after leveling:</source>
        <translation>
            <numerusform>%n surutilisation subsiste après le nivellement :</numerusform>
            <numerusform>%n surutilisations subsistent après le nivellement :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1154"/>
        <source>{resource}: {start} – {finish}, {demand}% of {capacity}% (tasks {tasks})</source>
        <translation>{resource} : {start} – {finish}, {demand} % sur {capacity} % (tâches {tasks})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="1164"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1180"/>
        <source>Clear leveling</source>
        <translation>Effacer le nivellement</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1181"/>
        <source>Leveling delays cleared.</source>
        <translation>Retards de nivellement effacés.</translation>
    </message>
</context>
<context>
    <name>ProjectInformationDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="155"/>
        <source>Project information</source>
        <translation>Informations sur le projet</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="167"/>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="168"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="169"/>
        <source>On hold</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="170"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="191"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="192"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="193"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="194"/>
        <source>S&amp;ponsor:</source>
        <translation>Co&amp;mmanditaire :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="195"/>
        <source>&amp;Manager:</source>
        <translation>C&amp;hef de projet :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="196"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="197"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="198"/>
        <source>St&amp;art:</source>
        <translation>Dé&amp;but :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="199"/>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="200"/>
        <source>C&amp;lassification:</source>
        <translation>C&amp;lassification :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="201"/>
        <source>Report &amp;language:</source>
        <translation>Langue des r&amp;apports :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="202"/>
        <source>&amp;Fiscal year starts in month:</source>
        <translation>&amp;Premier mois de l'exercice :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="203"/>
        <source>&amp;Hours per day:</source>
        <translation>Heures par &amp;jour :</translation>
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
        <translation>Maîtrise de projets pour les administrations publiques</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="90"/>
        <source>&amp;New project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="91"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="92"/>
        <source>Open &amp;demo project</source>
        <translation>Ouvrir le projet de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="94"/>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="107"/>
        <source>Recent projects:</source>
        <translation>Projets récents :</translation>
    </message>
</context>
<context>
    <name>StatusDateDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="348"/>
        <location filename="../../gui/dialogs.py" line="350"/>
        <source>Status date</source>
        <translation>Date d'état</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="352"/>
        <source>&amp;Status date:</source>
        <translation>&amp;Date d'état :</translation>
    </message>
</context>
<context>
    <name>TaskPlanView</name>
    <message>
        <location filename="../../gui/task_plan_view.py" line="79"/>
        <source>Task table</source>
        <translation>Table des tâches</translation>
    </message>
    <message>
        <location filename="../../gui/task_plan_view.py" line="204"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
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
        <translation>Nom de la tâche</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="130"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="138"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="139"/>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="142"/>
        <source>Predecessors</source>
        <translation>Prédécesseurs</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="149"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="152"/>
        <source>% Complete</source>
        <translation>% achevé</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="160"/>
        <source>Total float</source>
        <translation>Marge totale</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="161"/>
        <source>Baseline start</source>
        <translation>Début planifié</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="162"/>
        <source>Baseline finish</source>
        <translation>Fin planifiée</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="164"/>
        <source>Start variance</source>
        <translation>Variation de début</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="166"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="426"/>
        <source>ID {uid}: {name}</source>
        <translation>N° {uid} : {name}</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="458"/>
        <source>Edit {field} of “{name}”</source>
        <translation>Modifier le champ {field} de « {name} »</translation>
    </message>
    <message>
        <location filename="../../gui/task_tree_model.py" line="526"/>
        <source>There is no task with ID {uid}.</source>
        <translation>Il n'existe aucune tâche portant le numéro {uid}.</translation>
    </message>
</context>
<context>
    <name>calendars</name>
    <message>
        <location filename="../../services/calendar_service.py" line="281"/>
        <source>{what}: {time} is not a time of day (00:00 to 24:00).</source>
        <translation>{what} : {time} n'est pas une heure (00:00 à 24:00).</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="305"/>
        <source>{what}: “{text}” is not a time interval such as 08:00-12:00.</source>
        <translation>{what} : « {text} » n'est pas un intervalle horaire comme 08:00-12:00.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="311"/>
        <source>{what}: the interval {interval} must end after it starts.</source>
        <translation>{what} : l'intervalle {interval} doit se terminer après son début.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="320"/>
        <source>{what}: the intervals {first} and {second} overlap.</source>
        <translation>{what} : les intervalles {first} et {second} se chevauchent.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="438"/>
        <source>{what}: the rule “{rule}” needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY.</source>
        <translation>{what} : la règle « {rule} » exige FREQ=DAILY, WEEKLY, MONTHLY ou YEARLY.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="440"/>
        <source>{what}: the rule “{rule}” has a part Belfry cannot read: {part}.</source>
        <translation>{what} : la règle « {rule} » contient une partie que Belfry ne sait pas lire : {part}.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="445"/>
        <source>{what}: the rule “{rule}” cannot be read.</source>
        <translation>{what} : la règle « {rule} » est illisible.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="638"/>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="650"/>
        <source>the project</source>
        <translation>le projet</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="653"/>
        <source>1 task</source>
        <translation>1 tâche</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="655"/>
        <source>{count} tasks</source>
        <translation>{count} tâches</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="657"/>
        <source>1 resource</source>
        <translation>1 ressource</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="659"/>
        <source>{count} resources</source>
        <translation>{count} ressources</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="662"/>
        <source>the calendar “{name}” (its base calendar)</source>
        <translation>le calendrier « {name} » (comme calendrier de base)</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="665"/>
        <source>“{name}” cannot be deleted: it is used by {uses}.</source>
        <translation>« {name} » ne peut pas être supprimé : il est utilisé par {uses}.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="678"/>
        <source>Every calendar needs a name.</source>
        <translation>Chaque calendrier doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="681"/>
        <source>Two calendars are named “{name}”.</source>
        <translation>Deux calendriers s'appellent « {name} ».</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="685"/>
        <source>“{name}” has no working time in its week: give it working hours or a base calendar that has some.</source>
        <translation>« {name} » n'a aucun temps de travail dans sa semaine : donnez-lui des heures de travail ou un calendrier de base qui en a.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="693"/>
        <source>The exception “{exception}” of “{name}” ends before it starts.</source>
        <translation>L'exception « {exception} » de « {name} » se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_service.py" line="699"/>
        <source>The exception “{exception}” of “{name}” repeats until a day before its first.</source>
        <translation>L'exception « {exception} » de « {name} » se répète jusqu'à un jour antérieur à sa première occurrence.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../main.py" line="44"/>
        <source>Belfry: offline project control for public administrations.</source>
        <translation>Belfry : maîtrise de projets hors ligne pour les administrations publiques.</translation>
    </message>
    <message>
        <location filename="../../main.py" line="50"/>
        <source>language of the desktop app for this run (default: the one chosen in View &gt; Language)</source>
        <translation>langue de l'application de bureau pour cette exécution (par défaut : celle choisie dans Affichage &gt; Langue)</translation>
    </message>
    <message>
        <location filename="../../main.py" line="54"/>
        <source>write the demo project (or a synthetic one) to FILE</source>
        <translation>écrire le projet de démonstration (ou un projet synthétique) dans FILE</translation>
    </message>
    <message>
        <location filename="../../main.py" line="56"/>
        <source>a synthetic project of N tasks</source>
        <translation>un projet synthétique de N tâches</translation>
    </message>
    <message>
        <location filename="../../main.py" line="57"/>
        <source>seed of the synthetic project</source>
        <translation>graine du projet synthétique</translation>
    </message>
    <message>
        <location filename="../../main.py" line="58"/>
        <source>print the new file's info as JSON</source>
        <translation>afficher les informations du nouveau fichier en JSON</translation>
    </message>
    <message>
        <location filename="../../main.py" line="61"/>
        <source>show the project's fields and the number of rows per entity</source>
        <translation>afficher les champs du projet et le nombre de lignes par entité</translation>
    </message>
    <message>
        <location filename="../../main.py" line="63"/>
        <location filename="../../main.py" line="68"/>
        <location filename="../../main.py" line="103"/>
        <source>print JSON instead of text</source>
        <translation>afficher du JSON au lieu de texte</translation>
    </message>
    <message>
        <location filename="../../main.py" line="66"/>
        <source>check the file's integrity and the project's data</source>
        <translation>vérifier l'intégrité du fichier et les données du projet</translation>
    </message>
    <message>
        <location filename="../../main.py" line="72"/>
        <source>schedule the project (CPM) and store the computed dates in FILE</source>
        <translation>planifier le projet (CPM) et enregistrer les dates calculées dans FILE</translation>
    </message>
    <message>
        <location filename="../../main.py" line="76"/>
        <source>measure progress at the end of this day</source>
        <translation>mesurer l'avancement à la fin de ce jour</translation>
    </message>
    <message>
        <location filename="../../main.py" line="79"/>
        <source>level resources: delay tasks so no one is over-allocated</source>
        <translation>niveler les ressources : retarder des tâches pour que personne ne soit surutilisé</translation>
    </message>
    <message>
        <location filename="../../main.py" line="81"/>
        <source>print the schedule as JSON</source>
        <translation>afficher le planning en JSON</translation>
    </message>
    <message>
        <location filename="../../main.py" line="85"/>
        <source>import an MS Project XML file into a new project file</source>
        <translation>importer un fichier XML MS Project dans un nouveau fichier de projet</translation>
    </message>
    <message>
        <location filename="../../main.py" line="89"/>
        <source>print the import report as JSON</source>
        <translation>afficher le rapport d'importation en JSON</translation>
    </message>
    <message>
        <location filename="../../main.py" line="92"/>
        <source>export the project to another format</source>
        <translation>exporter le projet vers un autre format</translation>
    </message>
    <message>
        <location filename="../../main.py" line="94"/>
        <source>MS Project XML (MSPDI)</source>
        <translation>XML MS Project (MSPDI)</translation>
    </message>
    <message>
        <location filename="../../main.py" line="97"/>
        <source>earned value and Earned Schedule figures at a status date</source>
        <translation>indicateurs de valeur acquise et d'Earned Schedule à une date d'état</translation>
    </message>
    <message>
        <location filename="../../main.py" line="100"/>
        <source>baseline 0-10 (default 0)</source>
        <translation>référence 0-10 (par défaut 0)</translation>
    </message>
    <message>
        <location filename="../../main.py" line="102"/>
        <source>break the figures down</source>
        <translation>ventiler les indicateurs</translation>
    </message>
    <message>
        <location filename="../../main.py" line="112"/>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation>pas une date (AAAA-MM-JJ) : {text}</translation>
    </message>
    <message>
        <location filename="../../main.py" line="119"/>
        <source>not a whole number: {text}</source>
        <translation>pas un nombre entier : {text}</translation>
    </message>
    <message>
        <location filename="../../main.py" line="121"/>
        <source>must be at least 1: {text}</source>
        <translation>doit valoir au moins 1 : {text}</translation>
    </message>
    <message>
        <location filename="../../main.py" line="151"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../main.py" line="152"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../main.py" line="153"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../main.py" line="154"/>
        <source>Sponsor</source>
        <translation>Commanditaire</translation>
    </message>
    <message>
        <location filename="../../main.py" line="155"/>
        <source>Manager</source>
        <translation>Chef de projet</translation>
    </message>
    <message>
        <location filename="../../main.py" line="156"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../main.py" line="157"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../main.py" line="158"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../main.py" line="159"/>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../main.py" line="160"/>
        <source>Status date</source>
        <translation>Date d'état</translation>
    </message>
    <message>
        <location filename="../../main.py" line="161"/>
        <source>Fiscal year starts in month</source>
        <translation>Premier mois de l'exercice</translation>
    </message>
    <message>
        <location filename="../../main.py" line="162"/>
        <source>Hours per day</source>
        <translation>Heures par jour</translation>
    </message>
    <message>
        <location filename="../../main.py" line="163"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../main.py" line="170"/>
        <source>Rows per entity:</source>
        <translation>Lignes par entité :</translation>
    </message>
    <message>
        <location filename="../../main.py" line="203"/>
        <source>{errors} error(s), {warnings} warning(s)</source>
        <translation>{errors} erreur(s), {warnings} avertissement(s)</translation>
    </message>
    <message>
        <location filename="../../main.py" line="217"/>
        <source>{file}: {count} tasks, start {start}, finish {finish}, status date {status}</source>
        <translation>{file} : {count} tâches, début {start}, fin {finish}, date d'état {status}</translation>
    </message>
    <message>
        <location filename="../../main.py" line="226"/>
        <source>{count} critical tasks</source>
        <translation>{count} tâches critiques</translation>
    </message>
    <message>
        <location filename="../../main.py" line="239"/>
        <source>{file}: {tasks} tasks, {links} links, {resources} resources, {assignments} assignments</source>
        <translation>{file} : {tasks} tâches, {links} liens, {resources} ressources, {assignments} affectations</translation>
    </message>
    <message>
        <location filename="../../main.py" line="244"/>
        <source>Not carried over ({count}):</source>
        <translation>Non repris ({count}) :</translation>
    </message>
    <message>
        <location filename="../../main.py" line="253"/>
        <source>{output}: {size} bytes</source>
        <translation>{output} : {size} octets</translation>
    </message>
    <message>
        <location filename="../../main.py" line="268"/>
        <source>Earned value at {date} against baseline {baseline} ({currency})</source>
        <translation>Valeur acquise au {date} par rapport à la référence {baseline} ({currency})</translation>
    </message>
    <message>
        <location filename="../../main.py" line="332"/>
        <source>--lang applies to the desktop app, not to subcommands</source>
        <translation>--lang s'applique à l'application de bureau, pas aux sous-commandes</translation>
    </message>
    <message>
        <location filename="../../main.py" line="362"/>
        <source>internal error ({kind}: {error}); run again with BELFRY_DEBUG=1 for details</source>
        <translation>erreur interne ({kind} : {error}) ; relancez avec BELFRY_DEBUG=1 pour plus de détails</translation>
    </message>
    <message>
        <location filename="../../services/headless.py" line="153"/>
        <source>{resource} is loaded at {demand} % of {capacity} % from {start} to {finish} even after leveling.</source>
        <translation>{resource} reste chargée à {demand} % sur {capacity} % du {start} au {finish}, même après le nivellement.</translation>
    </message>
    <message>
        <location filename="../../services/headless.py" line="250"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d'écrire {path} : {reason}.</translation>
    </message>
</context>
<context>
    <name>holidays</name>
    <message>
        <source>All Saints' Day</source>
        <translation>Toussaint</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Armistice</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <source>Ascension Day; Labor Day</source>
        <translation>Ascension ; Fête du Travail</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Assomption</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
    <message>
        <source>Day of the Flemish Community</source>
        <translation>Fête de la Communauté flamande</translation>
    </message>
    <message>
        <source>Day of the French Community</source>
        <translation>Fête de la Fédération Wallonie-Bruxelles</translation>
    </message>
    <message>
        <source>Day of the German-speaking Community</source>
        <translation>Fête de la Communauté germanophone</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Pâques</translation>
    </message>
    <message>
        <source>King's Feast</source>
        <translation>Fête du Roi</translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Fête nationale</translation>
    </message>
    <message>
        <source>New Year's Day</source>
        <translation>Nouvel An</translation>
    </message>
    <message>
        <source>Pentecost</source>
        <translation>Pentecôte</translation>
    </message>
    <message>
        <source>Pentecost Monday</source>
        <translation>Lundi de Pentecôte</translation>
    </message>
    <message>
        <source>Second Christmas Day</source>
        <translation>Lendemain de Noël</translation>
    </message>
</context>
<context>
    <name>input</name>
    <message>
        <location filename="../../gui/input_parsing.py" line="140"/>
        <source>“{text}” is not a duration; type for example 5d, 3w, 2h or 0d for a milestone.</source>
        <translation>« {text} » n'est pas une durée ; tapez par exemple 5d, 3w, 2h ou 0d pour un jalon.</translation>
    </message>
    <message>
        <location filename="../../gui/input_parsing.py" line="189"/>
        <source>“{item}” is not a predecessor; type the task's ID, a link type and a lag, for example 3FS+2d, 5SS-1d or 7FF+10%.</source>
        <translation>« {item} » n'est pas un prédécesseur ; tapez le numéro de la tâche, un type de liaison et un décalage, par exemple 3FS+2d, 5SS-1d ou 7FF+10%.</translation>
    </message>
    <message>
        <location filename="../../gui/input_parsing.py" line="198"/>
        <source>Task {uid} is listed twice as a predecessor.</source>
        <translation>La tâche {uid} figure deux fois comme prédécesseur.</translation>
    </message>
</context>
<context>
    <name>mspdi</name>
    <message>
        <location filename="../../services/mspdi_export.py" line="405"/>
        <source>Calendar '{calendar}' has a recurring exception ({rule}) that MS Project cannot express.</source>
        <translation>Le calendrier '{calendar}' a une exception périodique ({rule}) que MS Project ne peut pas exprimer.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="260"/>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="271"/>
        <source>The file is {size:.1f} MB, more than the {limit:.0f} MB accepted for MS Project XML.</source>
        <translation>Le fichier fait {size:.1f} Mo, plus que les {limit:.0f} Mo acceptés pour le XML MS Project.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="329"/>
        <source>The file contains a document type declaration (DTD), which MS Project XML never uses; it was refused without being read.</source>
        <translation>Le fichier contient une déclaration de type de document (DTD), que le XML MS Project n'utilise jamais ; il a été refusé sans être lu.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="337"/>
        <source>The file declares the entity {name}, which MS Project XML never uses; it was refused without expanding it.</source>
        <translation>Le fichier déclare l'entité {name}, que le XML MS Project n'utilise jamais ; il a été refusé sans la développer.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="345"/>
        <source>The file refers to the external resource {system_id}, which MS Project XML never uses; it was refused without fetching it.</source>
        <translation>Le fichier fait référence à la ressource externe {system_id}, que le XML MS Project n'utilise jamais ; il a été refusé sans la récupérer.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="353"/>
        <source>The file uses an XML feature that MS Project XML never uses ({reason}).</source>
        <translation>Le fichier utilise une fonctionnalité XML que le XML MS Project n'utilise jamais ({reason}).</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="356"/>
        <source>The file cannot be read as XML ({reason}).</source>
        <translation>Le fichier ne peut pas être lu comme XML ({reason}).</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="361"/>
        <source>The file is not well-formed XML: {reason} at line {line}, column {column}.</source>
        <translation>Le fichier n'est pas du XML bien formé : {reason} à la ligne {line}, colonne {column}.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="427"/>
        <source>Line {line}: {sentence}</source>
        <translation>Ligne {line} : {sentence}</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="433"/>
        <source>{element} of {owner} is not {expected}: '{value}'.</source>
        <translation>{element} dans {owner} doit être {expected} : '{value}'.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="456"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="463"/>
        <location filename="../../services/mspdi_import.py" line="541"/>
        <source>{owner} has no {element}.</source>
        <translation>{element} manque dans {owner}.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="476"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="484"/>
        <source>a boolean (0 or 1)</source>
        <translation>un booléen (0 ou 1)</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="495"/>
        <location filename="../../services/mspdi_import.py" line="678"/>
        <source>a date and time (YYYY-MM-DDTHH:MM:SS)</source>
        <translation>une date et une heure (AAAA-MM-JJTHH:MM:SS)</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="504"/>
        <source>{element} of {owner} is {value}, outside the dates MS Project can hold (1984 to 2149).</source>
        <translation>{element} dans {owner} vaut {value}, hors des dates que MS Project peut gérer (1984 à 2149).</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="518"/>
        <source>a duration such as PT8H0M0S</source>
        <translation>une durée comme PT8H0M0S</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="521"/>
        <source>a duration in hours, minutes and seconds</source>
        <translation>une durée en heures, minutes et secondes</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="524"/>
        <source>a duration of a sensible length</source>
        <translation>une durée de longueur raisonnable</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="530"/>
        <source>{element} of {owner} is negative ({value}).</source>
        <translation>{element} dans {owner} est négatif ({value}).</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="545"/>
        <source>a time of day (HH:MM:SS)</source>
        <translation>une heure (HH:MM:SS)</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="573"/>
        <source>task UID {uid}</source>
        <translation>la tâche UID {uid}</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="577"/>
        <source>resource UID {uid}</source>
        <translation>la ressource UID {uid}</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="581"/>
        <source>calendar UID {uid}</source>
        <translation>le calendrier UID {uid}</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="585"/>
        <source>assignment UID {uid}</source>
        <translation>l'affectation UID {uid}</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="602"/>
        <source>{element} of {owner} is {value}, not a percentage between 0 and 100.</source>
        <translation>{element} dans {owner} vaut {value}, ce qui n'est pas un pourcentage entre 0 et 100.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="615"/>
        <source>a positive number of units</source>
        <translation>un nombre positif d'unités</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="634"/>
        <source>a WorkingTime of {owner} ends ({end}) before it starts ({start}).</source>
        <translation>un WorkingTime dans {owner} se termine ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="642"/>
        <source>the WorkingTimes of {owner} overlap.</source>
        <translation>les WorkingTimes dans {owner} se chevauchent.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="666"/>
        <source>the TimePeriod of {owner} ends before it starts.</source>
        <translation>le TimePeriod dans {owner} se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="716"/>
        <source>the recurrence of {owner} has an unknown MonthItem or MonthPosition.</source>
        <translation>la récurrence dans {owner} a un MonthItem ou une MonthPosition inconnus.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="734"/>
        <source>the exception of {owner} has an unknown recurrence Type {kind}.</source>
        <translation>l'exception dans {owner} a un type de récurrence (Type) inconnu : {kind}.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="742"/>
        <source>the recurring exception of {owner} has no occurrence between {start} and {end}.</source>
        <translation>l'exception périodique dans {owner} n'a aucune occurrence entre {start} et {end}.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="751"/>
        <source>a calendar</source>
        <translation>un calendrier</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="780"/>
        <source>a day type between 0 and 7</source>
        <translation>un type de jour entre 0 et 7</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="801"/>
        <source>an exception of {owner} has no TimePeriod.</source>
        <translation>une exception dans {owner} n'a pas de TimePeriod.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="825"/>
        <source>Work week '{name}' has no date range and was not carried.</source>
        <translation>La semaine de travail '{name}' n'a pas de plage de dates et n'a pas été reprise.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="852"/>
        <source>Work week '{name}' ({start} to {end}) was carried as weekly recurring exceptions, which take precedence over other exceptions starting earlier.</source>
        <translation>La semaine de travail '{name}' ({start} à {end}) a été reprise sous forme d'exceptions hebdomadaires, qui priment sur les autres exceptions commençant plus tôt.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="872"/>
        <source>calendar UID {uid} is (indirectly) its own base calendar.</source>
        <translation>le calendrier UID {uid} est (indirectement) son propre calendrier de base.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="880"/>
        <source>calendar UID {uid} is based on calendar UID {base}, which is not in the file.</source>
        <translation>le calendrier UID {uid} est basé sur le calendrier UID {base}, qui ne figure pas dans le fichier.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="901"/>
        <source>Calendar '{name}' makes every day of the week non-working; Belfry reads a week without working time as the base calendar's week.</source>
        <translation>Le calendrier '{name}' rend chaque jour de la semaine chômé ; Belfry lit une semaine sans temps de travail comme la semaine du calendrier de base.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="933"/>
        <source>The file is not MS Project XML: its root element is {local} in the namespace '{namespace}', not Project in the namespace {expected}.</source>
        <translation>Le fichier n'est pas du XML MS Project : son élément racine est {local} dans l'espace de noms '{namespace}', et non Project dans l'espace de noms {expected}.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1018"/>
        <location filename="../../services/mspdi_import.py" line="1379"/>
        <source>the project</source>
        <translation>le projet</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1030"/>
        <source>The currency symbol '{symbol}' has no ISO code in the file; EUR was assumed.</source>
        <translation>Le symbole monétaire '{symbol}' n'a pas de code ISO dans le fichier ; EUR a été supposé.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1045"/>
        <source>a positive number</source>
        <translation>un nombre positif</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1048"/>
        <source>a month between 1 and 12</source>
        <translation>un mois entre 1 et 12</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1053"/>
        <source>The project is scheduled from its finish date in MS Project; Belfry schedules from the start date.</source>
        <translation>Le projet est planifié à partir de sa date de fin dans MS Project ; Belfry planifie à partir de la date de début.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1067"/>
        <source>The project element {element} was not carried.</source>
        <translation>L'élément de projet {element} n'a pas été repris.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1070"/>
        <source>Imported project</source>
        <translation>Projet importé</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1091"/>
        <source>calendar UID {uid} appears twice.</source>
        <translation>le calendrier UID {uid} apparaît deux fois.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1101"/>
        <source>The project calendar UID {uid} is not in the file; Belfry's standard calendar is used.</source>
        <translation>Le calendrier de projet UID {uid} ne figure pas dans le fichier ; le calendrier standard de Belfry est utilisé.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1111"/>
        <source>the project has no StartDate and no task has a Start.</source>
        <translation>le projet n'a pas de StartDate et aucune tâche n'a de Start.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1342"/>
        <source>Custom field {name} = '{value}' was not carried.</source>
        <translation>Le champ personnalisé {name} = '{value}' n'a pas été repris.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1352"/>
        <source>Outline code {name} (value {value}) was not carried.</source>
        <translation>Le code hiérarchique {name} (valeur {value}) n'a pas été repris.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1375"/>
        <location filename="../../services/mspdi_import.py" line="1390"/>
        <source>a task</source>
        <translation>une tâche</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1393"/>
        <source>task UID {uid} appears twice.</source>
        <translation>la tâche UID {uid} apparaît deux fois.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1398"/>
        <source>an outline level of 0 or more</source>
        <translation>un niveau hiérarchique de 0 ou plus</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1403"/>
        <source>The project summary task (UID {uid}) was not imported as a task: Belfry rolls the project up itself, so its own fields and baselines are not carried.</source>
        <translation>La tâche récapitulative du projet (UID {uid}) n'a pas été importée comme tâche : Belfry calcule lui-même la synthèse du projet, ses propres champs et références ne sont donc pas repris.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1412"/>
        <source>A blank task row (IsNull) was skipped.</source>
        <translation>Une ligne de tâche vide (IsNull) a été ignorée.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1421"/>
        <source>task UID {uid} has OutlineLevel {level} directly below a task of level {parent}.</source>
        <translation>la tâche UID {uid} a l'OutlineLevel {level} juste sous une tâche de niveau {parent}.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1455"/>
        <source>The task type (fixed units, duration or work) and effort-driven flag of {count} tasks were not carried: Belfry keeps duration, work and units as entered.</source>
        <translation>Le type de tâche (capacité fixe, durée fixe ou travail fixe) et l'indicateur « pilotée par l'effort » de {count} tâches n'ont pas été repris : Belfry conserve la durée, le travail et les unités tels que saisis.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1460"/>
        <source>The 'estimated' mark of {count} task durations was not carried.</source>
        <translation>La marque « estimée » de {count} durées de tâche n'a pas été reprise.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1488"/>
        <source>a known duration format</source>
        <translation>un format de durée connu</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1493"/>
        <source>a constraint type between 0 and 7</source>
        <translation>un type de contrainte entre 0 et 7</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1502"/>
        <source>The {constraint} constraint has no ConstraintDate; the task was made as soon as possible.</source>
        <translation>La contrainte {constraint} n'a pas de ConstraintDate ; la tâche a été mise « dès que possible ».</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1510"/>
        <source>a priority between 0 and 1000</source>
        <translation>une priorité entre 0 et 1000</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1519"/>
        <source>task UID {uid} uses calendar UID {calendar}, which is not in the file.</source>
        <translation>la tâche UID {uid} utilise le calendrier UID {calendar}, qui ne figure pas dans le fichier.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1529"/>
        <source>An elapsed leveling delay was carried as working time.</source>
        <translation>Un retard de nivellement en temps écoulé a été repris en temps de travail.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1583"/>
        <source>The task is manually scheduled in MS Project; Belfry schedules it automatically.</source>
        <translation>La tâche est planifiée manuellement dans MS Project ; Belfry la planifie automatiquement.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1589"/>
        <source>The task is inactive in MS Project; it was imported as an active task.</source>
        <translation>La tâche est inactive dans MS Project ; elle a été importée comme tâche active.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1595"/>
        <source>The task is a recurring task; its occurrences were imported as ordinary tasks and the recurrence pattern was not carried.</source>
        <translation>La tâche est une tâche périodique ; ses occurrences ont été importées comme tâches ordinaires et le modèle de périodicité n'a pas été repris.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1605"/>
        <source>The task stands for a subproject or an external task; the link to the other file was not carried.</source>
        <translation>La tâche représente un sous-projet ou une tâche externe ; le lien vers l'autre fichier n'a pas été repris.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1615"/>
        <location filename="../../services/mspdi_import.py" line="1946"/>
        <source>{element} '{value}' was not carried.</source>
        <translation>{element} '{value}' n'a pas été repris.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1619"/>
        <location filename="../../services/mspdi_import.py" line="1957"/>
        <location filename="../../services/mspdi_import.py" line="2044"/>
        <source>Overtime work was not carried.</source>
        <translation>Le travail en heures supplémentaires n'a pas été repris.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1624"/>
        <source>{count} time-phased data blocks of the task were not carried.</source>
        <translation>{count} blocs de données chronologiques de la tâche n'ont pas été repris.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1645"/>
        <source>A link from task UID {predecessor} of another project ({name}) was not carried.</source>
        <translation>Un lien depuis la tâche UID {predecessor} d'un autre projet ({name}) n'a pas été repris.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1655"/>
        <source>A link from the skipped task UID {predecessor} was not carried.</source>
        <translation>Un lien depuis la tâche ignorée UID {predecessor} n'a pas été repris.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1662"/>
        <source>the PredecessorLink of task UID {uid} refers to task UID {predecessor}, which is not in the file.</source>
        <translation>le PredecessorLink de la tâche UID {uid} renvoie à la tâche UID {predecessor}, qui ne figure pas dans le fichier.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1670"/>
        <source>a link type between 0 and 3</source>
        <translation>un type de liaison entre 0 et 3</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1673"/>
        <source>A link of the task to itself was not carried.</source>
        <translation>Un lien de la tâche vers elle-même n'a pas été repris.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1680"/>
        <source>A second link from task UID {predecessor} was not carried.</source>
        <translation>Un deuxième lien depuis la tâche UID {predecessor} n'a pas été repris.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1698"/>
        <source>An elapsed % lag from task UID {predecessor} was carried as a % of the predecessor's working duration.</source>
        <translation>Un décalage en % de temps écoulé depuis la tâche UID {predecessor} a été repris en % de la durée de travail du prédécesseur.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1707"/>
        <source>a known lag format</source>
        <translation>un format de décalage connu</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1741"/>
        <source>a baseline number between 0 and 10</source>
        <translation>un numéro de référence entre 0 et 10</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1748"/>
        <source>The time-phased values of baseline {number} were not carried.</source>
        <translation>Les valeurs chronologiques de la référence {number} n'ont pas été reprises.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1769"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1771"/>
        <source>Baseline {number}</source>
        <translation>Référence {number}</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1773"/>
        <source>Imported from MS Project</source>
        <translation>Importé de MS Project</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1805"/>
        <source>a resource</source>
        <translation>une ressource</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1808"/>
        <source>resource UID {uid} appears twice.</source>
        <translation>la ressource UID {uid} apparaît deux fois.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1814"/>
        <source>A blank resource row (IsNull) was skipped.</source>
        <translation>Une ligne de ressource vide (IsNull) a été ignorée.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1838"/>
        <source>Cost resource '{name}' was carried as a vendor; the cost amounts of its assignments were not carried.</source>
        <translation>La ressource de coût '{name}' a été reprise comme fournisseur ; les montants de coût de ses affectations n'ont pas été repris.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1848"/>
        <source>a resource type (0, 1 or 2)</source>
        <translation>un type de ressource (0, 1 ou 2)</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1853"/>
        <source>resource UID {uid} uses calendar UID {calendar}, which is not in the file.</source>
        <translation>la ressource UID {uid} utilise le calendrier UID {calendar}, qui ne figure pas dans le fichier.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1862"/>
        <source>a positive amount</source>
        <translation>un montant positif</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1884"/>
        <source>a positive rate</source>
        <translation>un taux positif</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1890"/>
        <source>{element} {value} was rounded to the cent ({money}).</source>
        <translation>{element} {value} a été arrondi au cent ({money}).</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1916"/>
        <source>Cost rate table {letter} (RateTable {table}, {count} rates) was not carried.</source>
        <translation>La table de taux de coût {letter} (RateTable {table}, {count} taux) n'a pas été reprise.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1924"/>
        <source>Cost rate table A changes over time ({count} rates); only the resource's current standard rate, overtime rate and cost per use were carried.</source>
        <translation>La table de taux de coût A varie dans le temps ({count} taux) ; seuls le taux standard, le taux des heures supplémentaires et le coût par utilisation actuels de la ressource ont été repris.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1936"/>
        <source>{count} availability periods (max units over time) were not carried; MaxUnits was carried.</source>
        <translation>{count} périodes de disponibilité (capacité maximale dans le temps) n'ont pas été reprises ; MaxUnits a été repris.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1952"/>
        <source>{count} resource baselines were not carried (Belfry keeps baselines per task).</source>
        <translation>{count} références de ressource n'ont pas été reprises (Belfry conserve les références par tâche).</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1962"/>
        <source>{count} time-phased data blocks of the resource were not carried.</source>
        <translation>{count} blocs de données chronologiques de la ressource n'ont pas été repris.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1979"/>
        <source>an assignment</source>
        <translation>une affectation</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="1988"/>
        <source>The task appears split (its work pauses in assignment UID {uid}); the split segments were not carried, Belfry schedules the task in one piece.</source>
        <translation>La tâche semble fractionnée (son travail s'interrompt dans l'affectation UID {uid}) ; les segments n'ont pas été repris, Belfry planifie la tâche d'un seul tenant.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="2001"/>
        <source>The assignment to task UID {task} (the project summary or a skipped task) was not carried.</source>
        <translation>L'affectation à la tâche UID {task} (le récapitulatif du projet ou une tâche ignorée) n'a pas été reprise.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="2012"/>
        <source>assignment UID {uid} refers to resource UID {resource}, which is not in the file.</source>
        <translation>l'affectation UID {uid} renvoie à la ressource UID {resource}, qui ne figure pas dans le fichier.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="2021"/>
        <source>A second assignment of resource UID {resource} to task UID {task} was not carried.</source>
        <translation>Une deuxième affectation de la ressource UID {resource} à la tâche UID {task} n'a pas été reprise.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="2031"/>
        <source>{count} time-phased data blocks were not carried: Belfry spreads work evenly.</source>
        <translation>{count} blocs de données chronologiques n'ont pas été repris : Belfry répartit le travail uniformément.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="2039"/>
        <source>{count} assignment baselines were not carried (Belfry keeps baselines per task).</source>
        <translation>{count} références d'affectation n'ont pas été reprises (Belfry conserve les références par tâche).</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="2049"/>
        <source>The assignment uses cost rate table {table}; Belfry uses the resource's standard rate.</source>
        <translation>L'affectation utilise la table de taux de coût {table} ; Belfry utilise le taux standard de la ressource.</translation>
    </message>
    <message>
        <location filename="../../services/mspdi_import.py" line="2068"/>
        <source>{count} assignments without a resource (ResourceUID -65535) were not carried: they only hold MS Project's time-phased task work.</source>
        <translation>{count} affectations sans ressource (ResourceUID -65535) n'ont pas été reprises : elles ne contiennent que le travail chronologique des tâches de MS Project.</translation>
    </message>
</context>
<context>
    <name>project_file</name>
    <message>
        <location filename="../../services/project_file.py" line="274"/>
        <source>The project has no file name yet; use Save As.</source>
        <translation>Le projet n'a pas encore de nom de fichier ; utilisez Enregistrer sous.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="368"/>
        <source>{path} was saved by an older version of Belfry (schema {found}); open it in Belfry to upgrade it.</source>
        <translation>{path} a été enregistré par une version plus ancienne de Belfry (schéma {found}) ; ouvrez-le dans Belfry pour le mettre à niveau.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="375"/>
        <source>{path} is open for reading only.</source>
        <translation>{path} est ouvert en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="445"/>
        <source>This working copy is still open in another Belfry window (process {pid}).</source>
        <translation>Cette copie de travail est encore ouverte dans une autre fenêtre de Belfry (processus {pid}).</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="480"/>
        <source>The file {path} does not exist.</source>
        <translation>Le fichier {path} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="483"/>
        <source>{path} is a folder, not a Belfry project file.</source>
        <translation>{path} est un dossier, pas un fichier de projet Belfry.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="487"/>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>Le fichier {path} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="490"/>
        <source>{path} is not a Belfry project file.</source>
        <translation>{path} n'est pas un fichier de projet Belfry.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="497"/>
        <source>{path} is an SQLite database but not a Belfry project file.</source>
        <translation>{path} est une base de données SQLite, mais pas un fichier de projet Belfry.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="501"/>
        <source>{path} was saved by a newer version of Belfry (schema {found}; this version reads up to {supported}).</source>
        <translation>{path} a été enregistré par une version plus récente de Belfry (schéma {found} ; cette version lit jusqu'au schéma {supported}).</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="519"/>
        <source>{path} is damaged (truncated or corrupt) and cannot be opened.</source>
        <translation>{path} est endommagé (tronqué ou corrompu) et ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="548"/>
        <source>{path} uses schema {found}, which this version of Belfry cannot upgrade.</source>
        <translation>{path} utilise le schéma {found}, que cette version de Belfry ne peut pas mettre à niveau.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="561"/>
        <source>{path} could not be upgraded from schema {found} to {wanted} (step “{step}” failed); the file itself was not changed.</source>
        <translation>{path} n'a pas pu être mis à niveau du schéma {found} au schéma {wanted} (l'étape « {step} » a échoué) ; le fichier lui-même n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="582"/>
        <source>{path} must be upgraded, but no backup of it can be kept in its folder ({reason}); copy it to a folder you can write and open it there.</source>
        <translation>{path} doit être mis à niveau, mais aucune copie de sauvegarde ne peut être conservée dans son dossier ({reason}) ; copiez-le dans un dossier où vous pouvez écrire et ouvrez-le là.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="616"/>
        <source>Cannot save {path}: the disk is full; the file was left unchanged.</source>
        <translation>Impossible d'enregistrer {path} : le disque est plein ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="620"/>
        <source>Cannot save {path}: the folder {folder} is read-only; the file was left unchanged.</source>
        <translation>Impossible d'enregistrer {path} : le dossier {folder} est en lecture seule ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="624"/>
        <source>Cannot save {path}: the folder {folder} does not exist.</source>
        <translation>Impossible d'enregistrer {path} : le dossier {folder} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="627"/>
        <source>Cannot save {path} ({reason}); the file was left unchanged.</source>
        <translation>Impossible d'enregistrer {path} ({reason}) ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="657"/>
        <source>You cannot write in the folder of {path}, so it is open read-only; use Save As to edit it.</source>
        <translation>Vous ne pouvez pas écrire dans le dossier de {path}, il est donc ouvert en lecture seule ; utilisez Enregistrer sous pour le modifier.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="662"/>
        <source>{path} is in use by {user} on {host} since {time}, so it is open read-only; open it as a copy to edit it.</source>
        <translation>{path} est utilisé par {user} sur {host} depuis {time}, il est donc ouvert en lecture seule ; ouvrez-en une copie pour le modifier.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="676"/>
        <source>{path} is in use by {user} on {host}; save under another name.</source>
        <translation>{path} est utilisé par {user} sur {host} ; enregistrez-le sous un autre nom.</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="711"/>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
    <message>
        <location filename="../../services/project_file.py" line="795"/>
        <source>No working copy can be made in {folder} ({reason}).</source>
        <translation>Impossible de créer une copie de travail dans {folder} ({reason}).</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <location filename="../../services/schedule_service.py" line="444"/>
        <source>"{wbs} {name}" (uid {uid})</source>
        <translation>« {wbs} {name} » (uid {uid})</translation>
    </message>
    <message>
        <location filename="../../services/schedule_service.py" line="456"/>
        <source>The links {chain} form a cycle; the link back to the first task is ignored.</source>
        <translation>Les liens {chain} forment un cycle ; le lien qui revient à la première tâche est ignoré.</translation>
    </message>
    <message>
        <location filename="../../services/schedule_service.py" line="460"/>
        <source>{problem} Tasks concerned: {tasks}.</source>
        <translation>{problem} Tâches concernées : {tasks}.</translation>
    </message>
</context>
<context>
    <name>unit</name>
    <message>
        <location filename="../../gui/input_parsing.py" line="158"/>
        <source>m</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../gui/input_parsing.py" line="159"/>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <location filename="../../gui/input_parsing.py" line="160"/>
        <source>d</source>
        <translation>j</translation>
    </message>
    <message>
        <location filename="../../gui/input_parsing.py" line="161"/>
        <source>w</source>
        <translation>sem</translation>
    </message>
    <message>
        <location filename="../../gui/input_parsing.py" line="162"/>
        <source>mo</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../services/validation.py" line="239"/>
        <source>The check "{check}" could not read the file: {reason}.</source>
        <translation>Le contrôle « {check} » n'a pas pu lire le fichier : {reason}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="377"/>
        <source>row {id} of table {table}</source>
        <translation>ligne {id} de la table {table}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="380"/>
        <source>project "{name}"</source>
        <translation>projet « {name} »</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="387"/>
        <source>task "{key}" (uid {uid})</source>
        <translation>tâche « {key} » (uid {uid})</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="394"/>
        <source>calendar "{name}" (uid {uid})</source>
        <translation>calendrier « {name} » (uid {uid})</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="401"/>
        <source>exception "{name}" of {calendar}</source>
        <translation>exception « {name} » de {calendar}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="410"/>
        <source>a working interval of {calendar}</source>
        <translation>un intervalle de travail de {calendar}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="419"/>
        <source>resource "{name}" (uid {uid})</source>
        <translation>ressource « {name} » (uid {uid})</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="426"/>
        <source>the link from {predecessor} to {successor}</source>
        <translation>le lien de {predecessor} vers {successor}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="435"/>
        <source>the assignment of {resource} to {task}</source>
        <translation>l'affectation de {resource} à {task}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="444"/>
        <source>baseline {number}</source>
        <translation>référence {number}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="451"/>
        <source>{task} in {baseline}</source>
        <translation>{task} dans {baseline}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="460"/>
        <source>budget line "{key}"</source>
        <translation>ligne budgétaire « {key} »</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="469"/>
        <source>commitment "{reference}"</source>
        <translation>engagement « {reference} »</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="470"/>
        <source>commitment {id}</source>
        <translation>engagement {id}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="477"/>
        <source>invoice "{number}"</source>
        <translation>facture « {number} »</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="484"/>
        <source>contract "{code}"</source>
        <translation>contrat « {code} »</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="491"/>
        <source>cost entry "{reference}" of {date}</source>
        <translation>imputation de coût « {reference} » du {date}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="492"/>
        <source>cost entry {id} of {date}</source>
        <translation>imputation de coût {id} du {date}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="501"/>
        <source>the status period ending {date}</source>
        <translation>la période d'état se terminant le {date}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="508"/>
        <source>the review of {risk} on {date}</source>
        <translation>la revue de {risk} du {date}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="517"/>
        <source>stakeholder "{name}"</source>
        <translation>partie prenante « {name} »</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="524"/>
        <source>compliance item "{framework} {code}"</source>
        <translation>point de conformité « {framework} {code} »</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="538"/>
        <source>risk "{code}"</source>
        <translation>risque « {code} »</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="541"/>
        <source>issue "{code}"</source>
        <translation>problème « {code} »</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="544"/>
        <source>change request "{code}"</source>
        <translation>demande de modification « {code} »</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="547"/>
        <source>decision "{code}"</source>
        <translation>décision « {code} »</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="550"/>
        <source>lesson "{code}"</source>
        <translation>leçon apprise « {code} »</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="677"/>
        <source>The SQLite integrity check of the file reports: {detail}.</source>
        <translation>Le contrôle d'intégrité SQLite du fichier signale : {detail}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="689"/>
        <source>{row} refers through {column} to {parent} {value}, which does not exist.</source>
        <translation>{row} renvoie via {column} à {parent} {value}, qui n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="749"/>
        <source>{row} has {field} {value}, outside the supported range {earliest} to {latest}.</source>
        <translation>{row} a {field} {value}, hors de la plage prise en charge, de {earliest} à {latest}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="752"/>
        <source>{row} has {field} "{value}", which is not a valid date.</source>
        <translation>{row} a {field} « {value} », qui n'est pas une date valide.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="782"/>
        <source>{row} has no {field}, which is required.</source>
        <translation>{row} n'a pas de {field}, alors que ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="800"/>
        <source>{row} has an unknown {field} "{value}".</source>
        <translation>{row} a une valeur inconnue pour {field} : « {value} ».</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="831"/>
        <source>{row} has a negative {field} ({amount}).</source>
        <translation>{row} a une valeur négative pour {field} ({amount}).</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="851"/>
        <source>{row} has a VAT rate of {rate} %, outside 0 to 100 %.</source>
        <translation>{row} a un taux de TVA de {rate} %, hors de la plage de 0 à 100 %.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="890"/>
        <source>{row} has {field} {value} %, outside {low} to {high} %.</source>
        <translation>{row} a {field} {value} %, hors de la plage de {low} à {high} %.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="895"/>
        <source>{row} has {field} {value}, outside the scale {low} to {high}.</source>
        <translation>{row} a {field} {value}, hors de l'échelle de {low} à {high}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="920"/>
        <source>{row} breaks the rule "{rule}".</source>
        <translation>{row} enfreint la règle « {rule} ».</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="951"/>
        <source>The outline has a loop of parents: {cycle}.</source>
        <translation>La structure hiérarchique contient une boucle de parents : {cycle}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="971"/>
        <source>{row} is marked as a summary task but has no subtasks.</source>
        <translation>{row} est marquée comme tâche récapitulative, mais n'a aucune sous-tâche.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="972"/>
        <source>{row} has {count} subtasks but is not marked as a summary task.</source>
        <translation>{row} a {count} sous-tâches, mais n'est pas marquée comme tâche récapitulative.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="993"/>
        <source>The uid {uid} is used by {count} rows of table {table} in {project}: {rows}.</source>
        <translation>L'uid {uid} est utilisé par {count} lignes de la table {table} dans {project} : {rows}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1019"/>
        <source>{count} rows of table {table} share the same {columns} ({values}): {rows}.</source>
        <translation>{count} lignes de la table {table} partagent les mêmes {columns} ({values}) : {rows}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1047"/>
        <source>{row} is a milestone but has a duration of {hours} working hours.</source>
        <translation>{row} est un jalon, mais a une durée de {hours} heures de travail.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1059"/>
        <source>{row} has the WBS code "{wbs}" but its outline position is {expected}.</source>
        <translation>{row} a le code WBS « {wbs} », mais sa position dans la structure hiérarchique est {expected}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1152"/>
        <source>{row} depends on itself.</source>
        <translation>{row} dépend d'elle-même.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1153"/>
        <source>The dependencies {cycle} form a cycle.</source>
        <translation>Les dépendances {cycle} forment un cycle.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1154"/>
        <source>The dependencies {cycle} form a cycle ({count} tasks are caught in linked cycles).</source>
        <translation>Les dépendances {cycle} forment un cycle ({count} tâches sont prises dans des cycles liés).</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1173"/>
        <source>{link} joins a summary task to one of its own subtasks, which MS Project does not allow.</source>
        <translation>{link} relie une tâche récapitulative à l'une de ses propres sous-tâches, ce que MS Project n'autorise pas.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1194"/>
        <source>{row} ends on {finish}, before it starts on {start}.</source>
        <translation>{row} se termine le {finish}, avant son début le {start}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1195"/>
        <source>{row} has an actual finish ({finish}) before its actual start ({start}).</source>
        <translation>{row} a une fin réelle ({finish}) antérieure à son début réel ({start}).</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1220"/>
        <source>{row} has an actual finish ({finish}) but no actual start.</source>
        <translation>{row} a une fin réelle ({finish}), mais pas de début réel.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1228"/>
        <source>{row} is 100 % complete but has no actual finish.</source>
        <translation>{row} est achevée à 100 %, mais n'a pas de fin réelle.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1237"/>
        <source>{row} has the constraint "{constraint}" but no constraint date.</source>
        <translation>{row} a la contrainte « {constraint} », mais pas de date de contrainte.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1256"/>
        <source>{row} has {committed} committed, more than its amount of {amount}.</source>
        <translation>{row} a {committed} engagé, plus que son montant de {amount}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1270"/>
        <source>{row} has {committed} committed, more than its ceiling of {ceiling}.</source>
        <translation>{row} a {committed} engagé, plus que son plafond de {ceiling}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1285"/>
        <source>{row} has {invoiced} invoiced, more than its amount of {amount}.</source>
        <translation>{row} a {invoiced} facturé, plus que son montant de {amount}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1323"/>
        <source>The base calendars loop: {cycle}.</source>
        <translation>Les calendriers de base forment une boucle : {cycle}.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1324"/>
        <source>{row} has no working time in its week.</source>
        <translation>{row} n'a aucun temps de travail dans sa semaine.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1325"/>
        <source>{row} has no working time in its week: it takes its week from {base}, which has none.</source>
        <translation>{row} n'a aucun temps de travail dans sa semaine : il reprend la semaine de {base}, qui n'en a pas.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="1354"/>
        <source>{row} has no project calendar; the standard calendar is used.</source>
        <translation>{row} n'a pas de calendrier de projet ; le calendrier standard est utilisé.</translation>
    </message>
</context>
</TS>
