<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+192"/>
        <source>--compare %1: %2</source>
        <translation>--compare %1: %2</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>TasteDrift: a laboratory for music recommendation with live charts.</source>
        <translation>TasteDrift: ein Labor für Musikempfehlungen mit Live-Diagrammen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scenario to load (default: the last one opened, or scenarios/default.json).</source>
        <translation>Zu ladendes Szenario (Vorgabe: das zuletzt geöffnete oder scenarios/default.json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Override run.days: simulate N days.</source>
        <translation>Überschreibt run.days: N Tage simulieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>N</source>
        <translation>ANZAHL</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Start running at once instead of paused.</source>
        <translation>Sofort starten statt pausiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run every day, save the window as an image, exit.</source>
        <translation>Alle Tage simulieren, das Fenster als Bild speichern, beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT.png</source>
        <translation>AUSGABE.png</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TAB</source>
        <translation>REITER</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Show this tab: engagement, feedback, diversity, certainty, funnel or inspector (with --screenshot: save only that tab), or runs: the run browser (with --screenshot: the whole window).</source>
        <translation>Diesen Reiter zeigen: engagement, feedback, diversity, certainty, funnel oder inspector (mit --screenshot: nur diesen Reiter speichern) oder runs: den Lauf-Browser (mit --screenshot: das ganze Fenster).</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>--listener %1: no such listener in this run (ids 0 to %2 on the last day)</source>
        <translation>--listener %1: diesen Hörer gibt es in diesem Lauf nicht (IDs 0 bis %2 am letzten Tag)</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>--grid %1: %2</source>
        <translation>--grid %1: %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Inspect this listener from day 1 (default with --tab inspector: 0; an inspector screenshot follows the listener with the most streams on day 1).</source>
        <translation>Diesen Hörer ab Tag 1 untersuchen (Vorgabe mit --tab inspector: 0; ein Screenshot des Inspektors folgt dem Hörer mit den meisten Streams an Tag 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <source>ID</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>User interface language: en, de or es (default: the saved choice, else the system&apos;s).</source>
        <translation>Sprache der Oberfläche: en, de oder es (Vorgabe: die gespeicherte Wahl, sonst die des Systems).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CODE</source>
        <translation>KÜRZEL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the A/B window with configuration B = the scenario plus this change (repeatable; with --screenshot: run both and save that window).</source>
        <translation>Das A/B-Fenster öffnen, mit Konfiguration B = das Szenario plus diese Änderung (wiederholbar; mit --screenshot: beide laufen lassen und dieses Fenster speichern).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PATH=VALUE</source>
        <translation>PFAD=WERT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run database to record runs in and browse (created if missing; default: the last one opened, else runs.sqlite in the application-data folder; screenshots record only with this option).</source>
        <translation>Laufdatenbank, in der Läufe aufgezeichnet und angesehen werden (wird angelegt, falls sie fehlt; Vorgabe: die zuletzt geöffnete, sonst runs.sqlite im Datenordner der Anwendung; Screenshots zeichnen nur mit dieser Option auf).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Metric shown in the A/B window (e.g. skip_rate).</source>
        <translation>Im A/B-Fenster gezeigte Kennzahl (z. B. skip_rate).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>KENNZAHL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --compare: run both configurations on N seeds and show their means, intervals and paired differences; with --grid: seeds per setting (default 5).</source>
        <translation>Mit --compare: beide Konfigurationen mit N Seeds rechnen und ihre Mittelwerte, Intervalle und gepaarten Differenzen zeigen; mit --grid: Seeds je Einstellung (Standard 5).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the Trade-offs window with this knob and its values (at most twice; with --screenshot: run the grid and save that window).</source>
        <translation>Das Fenster „Zielkonflikte“ mit diesem Regler und seinen Werten öffnen (höchstens zweimal; mit --screenshot: das Raster rechnen und dieses Fenster speichern).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PATH=V1,V2,...</source>
        <translation>PFAD=W1,W2,...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw run ID of the workspace dashed on the charts (run browser: Overlay).</source>
        <translation>Lauf NUMMER des Arbeitsbereichs gestrichelt in die Diagramme zeichnen (Lauf-Browser: Überlagern).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenario file to open (like --scenario).</source>
        <translation>Zu öffnende Szenario-Datei (wie --scenario).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[FILE]</source>
        <translation>[DATEI]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--language: expected one of %1, got &apos;%2&apos;</source>
        <translation>--language: erwartet eines von %1, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--metric chooses the metric of the A/B window: it needs --compare</source>
        <translation>--metric wählt die Kennzahl des A/B-Fensters: es braucht --compare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--metric: unknown metric &apos;%1&apos; (the columns of &apos;tastedrift-cli metrics&apos;, e.g. skip_rate)</source>
        <translation>--metric: unbekannte Kennzahl &apos;%1&apos; (die Spalten von &apos;tastedrift-cli metrics&apos;, z. B. skip_rate)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--replicates: expected a number of seeds &gt;= 2, got &apos;%1&apos;</source>
        <translation>--replicates: erwartet wird eine Anzahl Seeds &gt;= 2, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--replicates needs --compare (A/B with replicates) or --grid (trade-offs)</source>
        <translation>--replicates braucht --compare (A/B mit Replikaten) oder --grid (Zielkonflikte)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--grid: at most two knobs</source>
        <translation>--grid: höchstens zwei Regler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--grid and --compare open different windows: give one of them</source>
        <translation>--grid und --compare öffnen verschiedene Fenster: geben Sie nur eines davon an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--tab: expected one of %1, got &apos;%2&apos;</source>
        <translation>--tab: erwartet einen von %1, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--listener: expected an id &gt;= 0, got &apos;%1&apos;</source>
        <translation>--listener: erwartet eine Nummer &gt;= 0, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--overlay: expected a run id &gt;= 1, got &apos;%1&apos;</source>
        <translation>--overlay: erwartet eine Laufnummer &gt;= 1, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--overlay: a screenshot opens no workspace of its own; give --workspace FILE</source>
        <translation>--overlay: ein Bildschirmfoto öffnet keinen eigenen Arbeitsbereich; geben Sie --workspace DATEI an</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--listener: no listener %1 in this scenario (%2 listeners, ids 0 to %3, and no arrivals)</source>
        <translation>--listener: Hörer %1 gibt es in diesem Szenario nicht (%2 Hörer, IDs 0 bis %3, und keine Neuzugänge)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--workspace %1: %2</source>
        <translation>--workspace %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot load scenario %1: %2</source>
        <translation>Szenario %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot load scenario</source>
        <translation>Szenario kann nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>td::MetricCatalog</name>
    <message>
        <location filename="../ui/coretextstable.cpp" line="+733"/>
        <source>listeners with at least one session today</source>
        <extracomment>description of metric column active_listeners (unit: listeners)</extracomment>
        <translation>Hörer mit mindestens einer Sitzung heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listeners signed up and not churned at the end of the day</source>
        <extracomment>description of metric column population (unit: listeners)</extracomment>
        <translation>angemeldete, nicht abgewanderte Hörer am Ende des Tages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new listeners who signed up today</source>
        <extracomment>description of metric column arrivals (unit: listeners)</extracomment>
        <translation>neue Hörer, die sich heute angemeldet haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listening sessions started today</source>
        <extracomment>description of metric column sessions (unit: sessions)</extracomment>
        <translation>heute begonnene Hörsitzungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tracks started today (streams + skips), all surfaces</source>
        <extracomment>description of metric column plays (unit: plays)</extracomment>
        <translation>heute gestartete Titel (Streams + Übersprungene), alle Oberflächen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plays of at least 30 s, all surfaces</source>
        <extracomment>description of metric column streams (unit: plays)</extracomment>
        <translation>Wiedergaben von mindestens 30 s, alle Oberflächen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skips / plays over all surfaces, organic included</source>
        <extracomment>description of metric column skip_rate (unit: share)</extracomment>
        <translation>Übersprungene / Wiedergaben über alle Oberflächen, organische eingeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean listened fraction of track duration over plays</source>
        <extracomment>description of metric column listen_through (unit: share)</extracomment>
        <translation>mittlerer gehörter Anteil der Titeldauer über alle Wiedergaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tracks saved to the library today</source>
        <extracomment>description of metric column saves (unit: actions)</extracomment>
        <translation>heute in der Bibliothek gespeicherte Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean plays per session</source>
        <extracomment>description of metric column session_length (unit: tracks)</extracomment>
        <translation>mittlere Wiedergaben pro Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listeners who churned today</source>
        <extracomment>description of metric column churned (unit: listeners)</extracomment>
        <translation>heute abgewanderte Hörer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>churned / population at the start of the day</source>
        <extracomment>description of metric column churn_rate (unit: share/day)</extracomment>
        <translation>Abgewanderte / Population zu Beginn des Tages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>churned listeners who came back today</source>
        <extracomment>description of metric column winbacks (unit: listeners)</extracomment>
        <translation>abgewanderte Hörer, die heute zurückgekehrt sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean satisfaction of listeners not churned</source>
        <extracomment>description of metric column mean_satisfaction (unit: 0..1)</extracomment>
        <translation>mittlere Zufriedenheit der nicht abgewanderten Hörer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>25th percentile of satisfaction (not churned)</source>
        <extracomment>description of metric column satisfaction_p25 (unit: 0..1)</extracomment>
        <translation>25. Perzentil der Zufriedenheit (nicht abgewandert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>median satisfaction (not churned)</source>
        <extracomment>description of metric column satisfaction_p50 (unit: 0..1)</extracomment>
        <translation>Median der Zufriedenheit (nicht abgewandert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>75th percentile of satisfaction (not churned)</source>
        <extracomment>description of metric column satisfaction_p75 (unit: 0..1)</extracomment>
        <translation>75. Perzentil der Zufriedenheit (nicht abgewandert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cumulative premium listener-days active so far</source>
        <extracomment>description of metric column ltv_premium_days (unit: days)</extracomment>
        <translation>bisher kumulierte aktive Premium-Hörertage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of streams that came from recommendations</source>
        <extracomment>description of metric column rec_share (unit: share)</extracomment>
        <translation>Anteil der Streams, die aus Empfehlungen stammen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of shown slate items the policy explored</source>
        <extracomment>description of metric column exploration_share (unit: share)</extracomment>
        <translation>Anteil der gezeigten Auswahl-Einträge, die die Strategie exploriert hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of the model&apos;s training evidence caused by its own recommendations</source>
        <extracomment>description of metric column self_caused_evidence (unit: share)</extracomment>
        <translation>Anteil der Trainingsevidenz des Modells, der durch seine eigenen Empfehlungen verursacht wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean true-popularity percentile of shown tracks (catalogue = 0.5)</source>
        <extracomment>description of metric column popularity_bias_rec (unit: 0..1)</extracomment>
        <translation>mittleres Perzentil der wahren Popularität gezeigter Titel (Katalog = 0,5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean true-popularity percentile of streamed tracks (catalogue = 0.5)</source>
        <extracomment>description of metric column popularity_bias_stream (unit: 0..1)</extracomment>
        <translation>mittleres Perzentil der wahren Popularität gestreamter Titel (Katalog = 0,5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean Jaccard index of 7-day streamed-track sets over listener pairs</source>
        <extracomment>description of metric column homogenization_jaccard (unit: 0..1)</extracomment>
        <translation>mittlerer Jaccard-Index der in 7 Tagen gestreamten Titelmengen über Hörerpaare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean pairwise cosine of listeners&apos; true tastes</source>
        <extracomment>description of metric column taste_homogenization (unit: -1..1)</extracomment>
        <translation>mittlerer paarweiser Kosinus der wahren Geschmäcker der Hörer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spearman correlation of predicted vs true utility on probe tracks</source>
        <extracomment>description of metric column model_truth_alignment (unit: -1..1)</extracomment>
        <translation>Spearman-Korrelation von vorhergesagtem und wahrem Nutzen auf Testtiteln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 - model-truth Spearman for the most drifted quarter of listeners</source>
        <extracomment>description of metric column tracking_error (unit: 0..2)</extracomment>
        <translation>1 - Spearman zwischen Modell und Wahrheit für das am stärksten gedriftete Viertel der Hörer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean pairwise cosine distance of true vectors within a Home slate</source>
        <extracomment>description of metric column intra_list_diversity (unit: 0..2)</extracomment>
        <translation>mittlere paarweise Kosinus-Distanz der wahren Vektoren innerhalb einer Startseiten-Auswahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of released tracks shown at least once in 7 days</source>
        <extracomment>description of metric column coverage (unit: share)</extracomment>
        <translation>Anteil der veröffentlichten Titel, die in 7 Tagen mindestens einmal gezeigt wurden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gini coefficient of today&apos;s impressions over released tracks</source>
        <extracomment>description of metric column exposure_gini (unit: 0..1)</extracomment>
        <translation>Gini-Koeffizient der heutigen Einblendungen über die veröffentlichten Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean entropy of the true genres of a listener&apos;s 7-day streams</source>
        <extracomment>description of metric column genre_entropy (unit: bits)</extracomment>
        <translation>mittlere Entropie der wahren Genres der Streams eines Hörers über 7 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generalist-specialist score of 7-day streams (1 = specialist; Anderson et al. 2020)</source>
        <extracomment>description of metric column gs_score (unit: -1..1)</extracomment>
        <translation>Generalist-Spezialist-Wert der Streams über 7 Tage (1 = Spezialist; Anderson et al. 2020)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean self-information of streamed tracks (7-day listener share)</source>
        <extracomment>description of metric column novelty (unit: bits)</extracomment>
        <translation>mittlerer Informationsgehalt gestreamter Titel (Höreranteil über 7 Tage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of impressions outside the top 20 % by true appeal</source>
        <extracomment>description of metric column longtail_share (unit: share)</extracomment>
        <translation>Anteil der Einblendungen außerhalb der besten 20 % nach wahrer Attraktivität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of impressions on artists who debuted in the last 30 days</source>
        <extracomment>description of metric column new_artist_share (unit: share)</extracomment>
        <translation>Anteil der Einblendungen von Künstlern, die in den letzten 30 Tagen debütiert haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean trace(posterior covariance)/f of ALS user vectors (uncertainty)</source>
        <extracomment>description of metric column mean_posterior_variance (unit: variance)</extracomment>
        <translation>mittlere trace(Posterior-Kovarianz)/f der ALS-Nutzervektoren (Unsicherheit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oracle&apos;s best-K mean true utility minus the Home slate&apos;s, per slate</source>
        <extracomment>description of metric column regret (unit: utility)</extracomment>
        <translation>mittlerer wahrer Nutzen der besten K des Orakels minus dem der Startseiten-Auswahl, pro Auswahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of a Home slate whose true utility exceeds the stream threshold</source>
        <extracomment>description of metric column precision_at_k (unit: share)</extracomment>
        <translation>Anteil einer Startseiten-Auswahl, dessen wahrer Nutzen die Stream-Schwelle übersteigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NDCG of a Home slate with true utility as graded relevance</source>
        <extracomment>description of metric column ndcg_at_k (unit: 0..1)</extracomment>
        <translation>NDCG einer Startseiten-Auswahl mit dem wahren Nutzen als abgestufter Relevanz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per-position IPS estimate of the Home stream rate of metrics.ope.target (stochastic logging only)</source>
        <extracomment>description of metric column ope_ips (unit: streams/impression)</extracomment>
        <translation>IPS-Schätzung je Position der Startseiten-Streamrate von metrics.ope.target (nur bei stochastischem Logging)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>self-normalised IPS estimate of the same (stochastic logging only)</source>
        <extracomment>description of metric column ope_snips (unit: streams/impression)</extracomment>
        <translation>selbstnormierte IPS-Schätzung derselben Größe (nur bei stochastischem Logging)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>doubly-robust estimate of the Home stream rate of metrics.ope.target: the ranker&apos;s predicted stream probability under the target, corrected by IPS-weighted residuals (stochastic logging only)</source>
        <extracomment>description of metric column ope_dr (unit: streams/impression)</extracomment>
        <translation>doppelt robuste Schätzung der Stream-Rate der Startseite unter metrics.ope.target: die vom Ranker vorhergesagte Stream-Wahrscheinlichkeit unter der Zielstrategie, korrigiert um IPS-gewichtete Residuen (nur bei stochastischer Protokollierung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days since the model that the serving ALS index was built from was retrained (recommender.index_lag_days; empty before the first index)</source>
        <extracomment>description of metric column index_age_days (unit: days)</extracomment>
        <translation>Tage seit dem Neutraining des Modells, aus dem der bedienende ALS-Index gebaut wurde (recommender.index_lag_days; leer vor dem ersten Index)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recall@10 of the serving ALS index against exact search over the same vectors, on 32 sampled listeners with a vector (empty before the first index)</source>
        <extracomment>description of metric column ann_recall (unit: share)</extracomment>
        <translation>Recall@10 des bedienenden ALS-Index gegen eine exakte Suche über dieselben Vektoren, bei 32 gezogenen Hörern mit Vektor (leer vor dem ersten Index)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recall@10 of the audio-feature index (content source) against exact search over the same features, on 32 sampled listeners with a content profile (empty before any has one)</source>
        <extracomment>description of metric column content_recall (unit: share)</extracomment>
        <translation>Recall@10 des Audiomerkmal-Index (Quelle content) gegen eine exakte Suche über dieselben Merkmale, bei 32 gezogenen Hörern mit Inhaltsprofil (leer, solange noch keiner eines hat)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>this run&apos;s Home stream rate per impression: the truth ope_* estimate when the target runs</source>
        <extracomment>description of metric column home_stream_rate (unit: streams/impression)</extracomment>
        <translation>Startseiten-Streamrate pro Einblendung dieses Laufs: die Wahrheit, die ope_* schätzt, wenn die Zielstrategie läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true expected Home stream rate of metrics.ope.target on this run&apos;s requests (the world scores one target slate per request; never shown)</source>
        <extracomment>description of metric column ope_truth (unit: streams/impression)</extracomment>
        <translation>wahre erwartete Home-Stream-Rate von metrics.ope.target auf den Anfragen dieses Laufs (die Welt bewertet je Anfrage eine Auswahl der Zielstrategie; nie angezeigt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>premium listeners who cancelled today (the only churn the service observes)</source>
        <extracomment>description of metric column cancellations (unit: listeners)</extracomment>
        <translation>Premium-Hörer, die heute gekündigt haben (die einzige Abwanderung, die der Dienst sieht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of sessions whose first request&apos;s inferred context was the true one (recommenders that infer contexts only)</source>
        <extracomment>description of metric column context_inference_accuracy (unit: share)</extracomment>
        <translation>Anteil der Sitzungen, deren erste Anfrage den wahren Kontext erschlossen hat (nur Empfehler, die Kontexte erschließen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>liked first streams of an artist today</source>
        <extracomment>description of metric column discoveries (unit: plays)</extracomment>
        <translation>heute gemochte erste Streams eines Künstlers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean slow satisfaction (session quality, discovery and variety over weeks) of listeners not churned</source>
        <extracomment>description of metric column mean_slow_satisfaction (unit: 0..1)</extracomment>
        <translation>mittlere langsame Zufriedenheit (Sitzungsqualität, Entdeckungen und Abwechslung über Wochen) der nicht abgewanderten Hörer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gs_score of 7-day organic streams only (search and library; Anderson et al. 2020)</source>
        <extracomment>description of metric column gs_score_organic (unit: -1..1)</extracomment>
        <translation>gs_score nur der organischen Streams über 7 Tage (Suche und Bibliothek; Anderson et al. 2020)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gs_score of 7-day recommended streams only (Anderson et al. 2020)</source>
        <extracomment>description of metric column gs_score_rec (unit: -1..1)</extracomment>
        <translation>gs_score nur der empfohlenen Streams über 7 Tage (Anderson et al. 2020)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calls to the recommender today: Home slates, weekly lists and radio tracks</source>
        <extracomment>description of metric column rec_requests (unit: requests)</extracomment>
        <translation>Aufrufe des Empfehlungssystems heute: Startseiten-Auswahlen, wöchentliche Listen und Radiotitel</translation>
    </message>
</context>
<context>
    <name>td::Presets</name>
    <message>
        <location filename="../ui/presettextstable.cpp" line="+16"/>
        <source>Cold start</source>
        <extracomment>title of the preset scenario scenarios/cold-start.json</extracomment>
        <translation>Kaltstart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step one day (Ctrl+.) and open the Pipeline funnel tab: with no history yet, Trending, Audio-feature neighbours and New releases offer almost every candidate; Collaborative filtering offers none.</source>
        <extracomment>step 1 of the lesson of scenarios/cold-start.json (about the engagement tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Gehen Sie einen Tag weiter (Strg+.) und öffnen Sie den Reiter Pipeline-Trichter: Noch ohne Verlauf liefern Im Trend, Nachbarn nach Audiomerkmalen und Neuerscheinungen fast alle Kandidaten; Kollaboratives Filtern liefert keine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the rest of the 60 days (Space) and look at the funnel again: collaborative filtering now leads.</source>
        <extracomment>step 2 of the lesson of scenarios/cold-start.json (about the engagement tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Lassen Sie die übrigen der 60 Tage laufen (Leertaste) und sehen Sie sich den Trichter erneut an: Jetzt führt Kollaboratives Filtern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engagement &amp; churn tab, Listeners: the service starts with 300 listeners and about sixty sign up every day.</source>
        <extracomment>step 3 of the lesson of scenarios/cold-start.json (about the engagement tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Reiter Nutzung &amp; Abwanderung, Hörer: Der Dienst beginnt mit 300 Hörern, und jeden Tag melden sich etwa sechzig neu an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention by signup day: each line is a group of signup days. Do the late groups keep their listeners as well as the early ones?</source>
        <extracomment>step 4 of the lesson of scenarios/cold-start.json (about the engagement tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Bindung nach Anmeldetag: Jede Linie ist eine Gruppe von Anmeldetagen. Halten die späten Gruppen ihre Hörer so gut wie die frühen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exploration &amp; certainty tab, Model uncertainty: the model&apos;s posterior variance falls fast as the first evidence arrives.</source>
        <extracomment>step 5 of the lesson of scenarios/cold-start.json (about the engagement tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Reiter Exploration &amp; Gewissheit, Unsicherheit des Modells: Die A-posteriori-Varianz des Modells fällt schnell, sobald die ersten Belege eintreffen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This run explores with UCB. Compare it with Policy › Kind = Greedy (Simulation › A/B Compare, Ctrl+B) and look at Catalogue coverage on the Diversity tab: which run shows more of the new catalogue?</source>
        <extracomment>step 6 of the lesson of scenarios/cold-start.json (about the engagement tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Dieser Lauf exploriert mit UCB. Vergleichen Sie ihn mit Strategie › Art = Gierig (greedy) (Simulation › A/B-Vergleich, Strg+B) und sehen Sie sich Katalogabdeckung im Reiter Vielfalt an: Welcher Lauf zeigt mehr vom neuen Katalog?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context matters</source>
        <extracomment>title of the preset scenario scenarios/context-matters.json</extracomment>
        <translation>Der Kontext zählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the 45 days, then open the Listener inspector tab and pick a listener from the list Most streams on the last day.</source>
        <extracomment>step 1 of the lesson of scenarios/context-matters.json (about the inspector tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Lassen Sie die 45 Tage laufen, öffnen Sie dann den Reiter Hörer-Inspektor und wählen Sie einen Hörer aus der Liste Meiste Streams am letzten Tag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taste vs belief: switch the context (Commute, Focus, Workout, Evening, Sleep). The listener&apos;s true taste changes with the time of day; compare the model&apos;s belief in each context.</source>
        <extracomment>step 2 of the lesson of scenarios/context-matters.json (about the inspector tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Geschmack gegenüber Einschätzung: Wechseln Sie den Kontext (Pendeln, Konzentration, Training, Abend, Schlafen). Der wahre Geschmack des Hörers ändert sich mit der Tageszeit; vergleichen Sie in jedem Kontext die Einschätzung des Modells.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engagement &amp; churn tab: note Skips and listen-through and Satisfaction near the end of the run.</source>
        <extracomment>step 3 of the lesson of scenarios/context-matters.json (about the inspector tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Reiter Nutzung &amp; Abwanderung: Merken Sie sich Überspringen und Durchhören sowie Zufriedenheit gegen Ende des Laufs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set Live knobs › Recommender › Context aware to false (the service ignores the time of day), press Reset (Ctrl+Shift+R) and run again: do skips and satisfaction move?</source>
        <extracomment>step 4 of the lesson of scenarios/context-matters.json (about the inspector tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Schalten Sie Live-Regler › Empfehlungssystem › Kontextbewusst aus (der Dienst übergeht die Tageszeit), drücken Sie Zurücksetzen (Strg+Umschalt+R) und starten Sie erneut: Bewegen sich Überspringen und Zufriedenheit?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then set it back and set Listeners &amp; drift › Contexts › Enabled to false (listeners no longer change with the time of day), press Reset and run: compare the skip rate again.</source>
        <extracomment>step 5 of the lesson of scenarios/context-matters.json (about the inspector tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Schalten Sie es dann wieder ein und schalten Sie Hörer &amp; Drift › Kontexte › Aktiviert aus (die Hörer ändern sich nicht mehr mit der Tageszeit), drücken Sie Zurücksetzen und starten Sie: Vergleichen Sie die Überspring-Rate erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What would a recommender need to turn context into plays?</source>
        <extracomment>step 6 of the lesson of scenarios/context-matters.json (about the inspector tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Was bräuchte ein Empfehlungssystem, um aus dem Kontext Wiedergaben zu machen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default: a small streaming service</source>
        <extracomment>title of the preset scenario scenarios/default.json</extracomment>
        <translation>Standard: ein kleiner Streamingdienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does exploration pay off?</source>
        <extracomment>title of the preset scenario scenarios/exploration-pays-off.json</extracomment>
        <translation>Lohnt sich Exploration?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exploration &amp; certainty tab: Exploration is the share of slots it explored; Model versus truth says how well the model&apos;s ranking agrees with what the listeners truly like.</source>
        <extracomment>step 2 of the lesson of scenarios/exploration-pays-off.json (about the certainty tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Reiter Exploration &amp; Gewissheit: Exploration ist der Anteil der erkundeten Plätze; Modell gegenüber Wahrheit zeigt, wie gut die Rangfolge des Modells mit dem übereinstimmt, was die Hörer wirklich mögen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regret: how much true utility each slate gave up against an oracle that knows every taste.</source>
        <extracomment>step 3 of the lesson of scenarios/exploration-pays-off.json (about the certainty tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Regret (entgangener Nutzen): wie viel wahren Nutzen jede Auswahl gegenüber einem Orakel verschenkt, das jeden Geschmack kennt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off-policy estimates: from the logged slates, IPS and SNIPS estimate what another policy would earn; Truth (simulated) checks them. They exist only while the policy explores.</source>
        <extracomment>step 4 of the lesson of scenarios/exploration-pays-off.json (about the certainty tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Off-Policy-Schätzungen: Aus den protokollierten Auswahlen schätzen IPS und SNIPS, was eine andere Strategie erreichen würde; Wahrheit (simuliert) prüft sie. Es gibt sie nur, solange die Strategie exploriert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engagement &amp; churn tab: note Plays per day, and the Subscribed line of Listeners at the end.</source>
        <extracomment>step 5 of the lesson of scenarios/exploration-pays-off.json (about the certainty tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Reiter Nutzung &amp; Abwanderung: Merken Sie sich Wiedergaben pro Tag und am Ende die Linie Noch angemeldet im Diagramm Hörer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Simulation › A/B Compare (Ctrl+B), set B&apos;s Policy › Kind to Greedy, press Run Both and compare streams, model_truth_alignment and churned in the table.</source>
        <extracomment>step 6 of the lesson of scenarios/exploration-pays-off.json (about the certainty tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Öffnen Sie Simulation › A/B-Vergleich (Strg+B), setzen Sie bei B Strategie › Art auf Gierig (greedy), drücken Sie Beide starten und vergleichen Sie streams, model_truth_alignment und churned in der Tabelle.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Run a few days (Space). Retrieval tab, Retrieval recall: the Audio-feature index line sits below 1, because the approximate search over 200,000 tracks misses some of the exact top 10; the ALS index line stays at 1.</source>
        <extracomment>step 1 of the lesson of scenarios/large-catalog.json (about the retrieval tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Lassen Sie einige Tage laufen (Leertaste). Reiter Abruf, Abruf-Recall: Die Linie Audiomerkmal-Index liegt unter 1, weil die approximative Suche über 200.000 Titel einige der exakten Top 10 verfehlt; die Linie ALS-Index bleibt bei 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the ALS index is exact: it holds only the tracks someone has heard, a few thousand of the 200,000, in buckets too small for a graph. A track nobody has heard has no trained factors to search by.</source>
        <extracomment>step 2 of the lesson of scenarios/large-catalog.json (about the retrieval tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Warum der ALS-Index exakt ist: Er enthält nur die Titel, die jemand gehört hat, einige Tausend der 200.000, in Buckets, die für einen Graphen zu klein sind. Ein Titel, den niemand gehört hat, hat keine trainierten Faktoren, nach denen man suchen könnte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Scenario panel (Recommender page), set Ann › Ef to 500 and press Apply &amp; Reset: the audio-feature recall rises a little, and each day takes longer. That is the trade of approximate retrieval.</source>
        <extracomment>step 3 of the lesson of scenarios/large-catalog.json (about the retrieval tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Öffnen Sie das Szenario-Panel (Seite Empfehlungssystem), setzen Sie ANN-Index › ef (Suchbreite) auf 500 und drücken Sie Übernehmen &amp; neu starten: Der Recall des Audiomerkmal-Index steigt ein wenig, und jeder Tag dauert länger. Das ist der Tausch des approximativen Abrufs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set Live knobs › Recommender › Index lag days to 1: from the next day Index age shows the ALS index serving a day-old model. Compare plays and skips with a run at lag 0 (A/B compare).</source>
        <extracomment>step 4 of the lesson of scenarios/large-catalog.json (about the retrieval tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Setzen Sie Live-Regler › Empfehlungssystem › Index-Verzögerung in Tagen auf 1: Ab dem nächsten Tag zeigt Index-Alter, dass der ALS-Index ein einen Tag altes Modell bedient. Vergleichen Sie Wiedergaben und Überspringen mit einem Lauf bei Verzögerung 0 (A/B-Vergleich).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set Pipeline › Objective to Novelty bonus, press Reset (Ctrl+Shift+R) and run again: compare the Long tail line and Popularity bias, and what it costs in Skips and listen-through on the Engagement &amp; churn tab.</source>
        <extracomment>step 5 of the lesson of scenarios/long-tail.json (about the diversity tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Setzen Sie Empfehlungs-Pipeline › Ziel auf Neuheitsbonus, drücken Sie Zurücksetzen (Strg+Umschalt+R) und starten Sie erneut: Vergleichen Sie die Linie Nischentitel (Long Tail) und Popularitäts-Bias, und was es bei Überspringen und Durchhören im Reiter Nutzung &amp; Abwanderung kostet.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Run the 90 days. The policy is ε-greedy: one slot in ten goes to a random candidate, a track it is unsure about.</source>
        <extracomment>step 1 of the lesson of scenarios/exploration-pays-off.json (about the certainty tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Lassen Sie die 90 Tage laufen. Die Strategie ist ε-gierig: Jeder zehnte Platz geht an einen zufälligen Kandidaten, einen Titel, bei dem sie unsicher ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Which run streams more, which keeps more subscribers, and is the better alignment worth it? Then try Thompson sampling (Policy › Kind), a larger Policy › Epsilon, or faster drift (Listeners &amp; drift › Drift › Regime shift rate).</source>
        <extracomment>step 7 of the lesson of scenarios/exploration-pays-off.json (about the certainty tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Welcher Lauf streamt mehr, welcher behält mehr Abonnenten, und ist die bessere Übereinstimmung das wert? Versuchen Sie dann Thompson-Ziehung (Strategie › Art), ein größeres Strategie › Epsilon (ε) oder schnellere Drift (Hörer &amp; Drift › Geschmacksdrift › Rate der Regimewechsel).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter bubble</source>
        <extracomment>title of the preset scenario scenarios/filter-bubble.json</extracomment>
        <translation>Filterblase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Run (Space) and let the 90 days play.</source>
        <extracomment>step 1 of the lesson of scenarios/filter-bubble.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Drücken Sie Starten (Leertaste) und lassen Sie die 90 Tage laufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback loop tab, Homogenisation: the line True tastes (cosine) climbs. The listeners&apos; own tastes grow alike, not only what they are shown.</source>
        <extracomment>step 2 of the lesson of scenarios/filter-bubble.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Reiter Rückkopplung, Homogenisierung: Die Linie Wahrer Geschmack (Kosinus) steigt. Der eigene Geschmack der Hörer gleicht sich an, nicht nur das, was ihnen gezeigt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engagement &amp; churn tab, Satisfaction: it rises at the same time. The bubble feels good.</source>
        <extracomment>step 3 of the lesson of scenarios/filter-bubble.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Reiter Nutzung &amp; Abwanderung, Zufriedenheit: Sie steigt zugleich. Die Blase fühlt sich gut an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diversity tab, Catalogue coverage: after its early peak, a smaller share of the catalogue is shown.</source>
        <extracomment>step 4 of the lesson of scenarios/filter-bubble.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Reiter Vielfalt, Katalogabdeckung: Nach dem frühen Höchststand wird ein kleinerer Teil des Katalogs gezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now set Live knobs › Listeners › Malleability to 0 (Ctrl+K), press Reset (Ctrl+Shift+R) and run again: listening no longer pulls taste, and True tastes stays flat.</source>
        <extracomment>step 5 of the lesson of scenarios/filter-bubble.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Setzen Sie nun Live-Regler › Hörer › Formbarkeit auf 0 (Strg+K), drücken Sie Zurücksetzen (Strg+Umschalt+R) und starten Sie erneut: Hören zieht den Geschmack nicht mehr mit, und Wahrer Geschmack bleibt flach.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set Malleability back to 0.05 and try Policy › Kind = Thompson sampling, or Diversity › Mmr lambda = 0.3: the slates get more varied (Diversity tab, Intra-list diversity). Do the true tastes converge any less?</source>
        <extracomment>step 6 of the lesson of scenarios/filter-bubble.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Setzen Sie Formbarkeit wieder auf 0,05 und versuchen Sie Strategie › Art = Thompson-Ziehung oder Vielfalt › MMR-Lambda = 0,3: Die Auswahlen werden abwechslungsreicher (Reiter Vielfalt, Vielfalt innerhalb der Liste). Gleichen sich die wahren Geschmäcker weniger an?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulation › A/B Compare (Ctrl+B) runs such a change side by side with this one, on the same listeners.</source>
        <extracomment>step 7 of the lesson of scenarios/filter-bubble.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Simulation › A/B-Vergleich (Strg+B) lässt eine solche Änderung neben diesem Lauf laufen, mit denselben Hörern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large catalogue: retrieval at scale</source>
        <extracomment>title of the preset scenario scenarios/large-catalog.json</extracomment>
        <translation>Großer Katalog: Abruf im großen Maßstab</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Long tail and new artists</source>
        <extracomment>title of the preset scenario scenarios/long-tail.json</extracomment>
        <translation>Long Tail und neue Künstler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the 60 days.</source>
        <extracomment>step 1 of the lesson of scenarios/long-tail.json (about the diversity tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Lassen Sie die 60 Tage laufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback loop tab, Popularity bias: both the recommended and the streamed tracks sit far above the catalogue&apos;s middle (0.5). The head gets heard.</source>
        <extracomment>step 2 of the lesson of scenarios/long-tail.json (about the diversity tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Reiter Rückkopplung, Popularitäts-Bias: Sowohl die empfohlenen als auch die gestreamten Titel liegen weit über der Mitte des Katalogs (0,5). Gehört wird die Spitze.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diversity tab, Exposure inequality: the Gini of impressions stays close to 1; a few tracks get almost every impression.</source>
        <extracomment>step 3 of the lesson of scenarios/long-tail.json (about the diversity tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Reiter Vielfalt, Ungleichheit der Sichtbarkeit: Der Gini der Einblendungen bleibt nahe 1; wenige Titel bekommen fast alle Einblendungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long tail and new artists: once the model has learned, the long tail and the debuting artists get only a small share of what is shown.</source>
        <extracomment>step 4 of the lesson of scenarios/long-tail.json (about the diversity tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Long Tail und neue Künstler: Sobald das Modell gelernt hat, bekommen Nischentitel und debütierende Künstler nur einen kleinen Teil dessen, was gezeigt wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then try Live knobs › Diversity › Mmr lambda = 0.5 with the Stream chance objective instead: do more varied slates also mean a longer tail?</source>
        <extracomment>step 6 of the lesson of scenarios/long-tail.json (about the diversity tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Versuchen Sie dann stattdessen Live-Regler › Vielfalt › MMR-Lambda = 0,5 mit dem Ziel Stream-Wahrscheinlichkeit: Bedeuten abwechslungsreichere Auswahlen auch einen längeren Long Tail?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Real catalogue: Spotify songs, Last.fm listeners</source>
        <extracomment>title of the preset scenario scenarios/real-catalog.json</extracomment>
        <translation>Echter Katalog: Spotify-Songs, Last.fm-Hörer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taste shock</source>
        <extracomment>title of the preset scenario scenarios/taste-shock.json</extracomment>
        <translation>Geschmacksschock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run all 75 days. On day 30, marked by a vertical line on every chart, most listeners suddenly turn toward one genre.</source>
        <extracomment>step 1 of the lesson of scenarios/taste-shock.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Lassen Sie alle 75 Tage laufen. An Tag 30, in jedem Diagramm durch eine senkrechte Linie markiert, wenden sich die meisten Hörer plötzlich einem Genre zu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback loop tab, Homogenisation: True tastes (cosine) jumps at the marker. That is the shock itself.</source>
        <extracomment>step 2 of the lesson of scenarios/taste-shock.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Reiter Rückkopplung, Homogenisierung: Wahrer Geschmack (Kosinus) springt an der Markierung. Das ist der Schock selbst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engagement &amp; churn tab, Skips and listen-through: the skip rate jumps at the marker, then comes back down as the model relearns.</source>
        <extracomment>step 3 of the lesson of scenarios/taste-shock.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Reiter Nutzung &amp; Abwanderung, Überspringen und Durchhören: Die Überspring-Rate springt an der Markierung und sinkt wieder, während das Modell neu lernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exploration &amp; certainty tab, Model versus truth: the alignment drops at the marker, then recovers; the tracking error stays higher.</source>
        <extracomment>step 4 of the lesson of scenarios/taste-shock.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Reiter Exploration &amp; Gewissheit, Modell gegenüber Wahrheit: Die Übereinstimmung fällt an der Markierung und erholt sich dann; der Nachführfehler bleibt höher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View › Smoothing (7-day mean) shows the trend under the daily noise.</source>
        <extracomment>step 5 of the lesson of scenarios/taste-shock.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Ansicht › Glättung (7-Tage-Mittel) zeigt den Trend unter dem täglichen Rauschen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try a shorter Pipeline › Confidence › Half life days (old evidence fades faster) or an exploring Policy › Kind such as Thompson sampling, press Reset and compare: does the model recover faster?</source>
        <extracomment>step 6 of the lesson of scenarios/taste-shock.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Versuchen Sie eine kürzere Empfehlungs-Pipeline › Konfidenz › Halbwertszeit in Tagen (alte Belege verblassen schneller) oder eine explorierende Strategie › Art wie Thompson-Ziehung, drücken Sie Zurücksetzen und vergleichen Sie: Erholt sich das Modell schneller?</translation>
    </message>
</context>
<context>
    <name>td::ScenarioSchema</name>
    <message>
        <location filename="../ui/coretextstable.cpp" line="-814"/>
        <source>Title</source>
        <extracomment>label of scenario field title</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name shown in the GUI, the run store and the output</source>
        <extracomment>description of scenario field title</extracomment>
        <translation>Name in der Oberfläche, im Laufspeicher und in der Ausgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <extracomment>label of scenario field description</extracomment>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what the scenario teaches and what to watch</source>
        <extracomment>description of scenario field description</extracomment>
        <translation>was das Szenario lehrt und worauf man achten sollte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run</source>
        <extracomment>scenario section run</extracomment>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <extracomment>label of scenario field run.days</extracomment>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number of simulated days</source>
        <extracomment>description of scenario field run.days (unit: days)</extracomment>
        <translation>Anzahl simulierter Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <extracomment>label of scenario field run.seed</extracomment>
        <translation>Seed (Startwert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed of every random stream: same scenario + seed = same numbers (above 2^53 give it as a decimal string)</source>
        <extracomment>description of scenario field run.seed</extracomment>
        <translation>Startwert aller Zufallsströme: gleiches Szenario + Seed = gleiche Zahlen (über 2^53 als Dezimal-String angeben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>World</source>
        <extracomment>scenario section world</extracomment>
        <translation>Welt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latent dim</source>
        <extracomment>label of scenario field world.latent_dim</extracomment>
        <translation>Latente Dimension</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dimension of the latent taste space of tracks and listeners</source>
        <extracomment>description of scenario field world.latent_dim (unit: dimensions)</extracomment>
        <translation>Dimension des latenten Geschmacksraums von Titeln und Hörern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog</source>
        <extracomment>scenario section world.catalog</extracomment>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <extracomment>label of scenario field world.catalog.source</extracomment>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generated catalogue, or one read from a CSV file</source>
        <extracomment>description of scenario field world.catalog.source</extracomment>
        <translation>generierter Katalog oder einer aus einer CSV-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <extracomment>label of scenario field world.catalog.path</extracomment>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>catalogue CSV (source = csv), relative to the scenario file</source>
        <extracomment>description of scenario field world.catalog.path</extracomment>
        <translation>Katalog-CSV (source = csv), relativ zur Szenariodatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracks</source>
        <extracomment>label of scenario field world.catalog.tracks</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tracks in a generated catalogue</source>
        <extracomment>description of scenario field world.catalog.tracks (unit: tracks)</extracomment>
        <translation>Titel in einem generierten Katalog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genres</source>
        <extracomment>label of scenario field world.catalog.genres</extracomment>
        <translation>Genre-Anzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>genre centres in the latent space</source>
        <extracomment>description of scenario field world.catalog.genres (unit: genres)</extracomment>
        <translation>Genre-Zentren im latenten Raum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subgenres per genre</source>
        <extracomment>label of scenario field world.catalog.subgenres_per_genre</extracomment>
        <translation>Subgenres pro Genre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sub-genre offsets around each genre centre</source>
        <extracomment>description of scenario field world.catalog.subgenres_per_genre (unit: sub-genres)</extracomment>
        <translation>Subgenre-Versätze um jedes Genre-Zentrum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracks per artist</source>
        <extracomment>label of scenario field world.catalog.tracks_per_artist</extracomment>
        <translation>Titel pro Künstler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean tracks per artist</source>
        <extracomment>description of scenario field world.catalog.tracks_per_artist (unit: tracks)</extracomment>
        <translation>mittlere Titel pro Künstler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Popularity exponent</source>
        <extracomment>label of scenario field world.catalog.popularity_exponent</extracomment>
        <translation>Popularitätsexponent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pareto tail index of track and artist popularity (smaller = heavier head)</source>
        <extracomment>description of scenario field world.catalog.popularity_exponent</extracomment>
        <translation>Pareto-Tail-Index der Popularität von Titeln und Künstlern (kleiner = stärkerer Kopf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing genre share</source>
        <extracomment>label of scenario field world.catalog.missing_genre_share</extracomment>
        <translation>Anteil fehlender Genres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noisy genre share</source>
        <extracomment>label of scenario field world.catalog.noisy_genre_share</extracomment>
        <translation>Anteil falscher Genres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New release share</source>
        <extracomment>label of scenario field world.catalog.new_release_share</extracomment>
        <translation>Anteil Neuerscheinungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tracks released during the release horizon (new releases), spread evenly over it</source>
        <extracomment>description of scenario field world.catalog.new_release_share (unit: share)</extracomment>
        <translation>Titel, die innerhalb des Veröffentlichungshorizonts erscheinen (Neuerscheinungen), gleichmäßig darüber verteilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release horizon days</source>
        <extracomment>label of scenario field world.catalog.release_horizon_days</extracomment>
        <translation>Veröffentlichungshorizont in Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days from the start over which new releases are spread (independent of run.days, so shorter runs are prefixes of longer ones)</source>
        <extracomment>description of scenario field world.catalog.release_horizon_days (unit: days)</extracomment>
        <translation>Tage ab dem Start, über die Neuerscheinungen verteilt werden (unabhängig von run.days, damit kürzere Läufe Anfangsstücke längerer sind)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explicit share</source>
        <extracomment>label of scenario field world.catalog.explicit_share</extracomment>
        <translation>Anteil expliziter Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tracks flagged explicit</source>
        <extracomment>description of scenario field world.catalog.explicit_share (unit: share)</extracomment>
        <translation>als explizit markierte Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feature noise</source>
        <extracomment>label of scenario field world.catalog.feature_noise</extracomment>
        <translation>Merkmalsrauschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>noise of audio features around their latent projection</source>
        <extracomment>description of scenario field world.catalog.feature_noise (unit: std)</extracomment>
        <translation>Rauschen der Audio-Merkmale um ihre latente Projektion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genre spread</source>
        <extracomment>label of scenario field world.catalog.genre_spread</extracomment>
        <translation>Genre-Streuung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size of sub-genre offsets around a genre centre</source>
        <extracomment>description of scenario field world.catalog.genre_spread (unit: latent units)</extracomment>
        <translation>Größe der Subgenre-Versätze um ein Genre-Zentrum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Artist spread</source>
        <extracomment>label of scenario field world.catalog.artist_spread</extracomment>
        <translation>Künstler-Streuung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spread of artists around their sub-genre</source>
        <extracomment>description of scenario field world.catalog.artist_spread (unit: latent units)</extracomment>
        <translation>Streuung der Künstler um ihr Subgenre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track spread</source>
        <extracomment>label of scenario field world.catalog.track_spread</extracomment>
        <translation>Titel-Streuung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spread of tracks around their artist</source>
        <extracomment>description of scenario field world.catalog.track_spread (unit: latent units)</extracomment>
        <translation>Streuung der Titel um ihren Künstler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holdback days</source>
        <extracomment>label of scenario field world.catalog.holdback_days</extracomment>
        <translation>Zurückgehaltene Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: releases of the file&apos;s newest N days come out during the run (days 1..N) instead of before it</source>
        <extracomment>description of scenario field world.catalog.holdback_days (unit: days)</extracomment>
        <translation>CSV-Katalog: Veröffentlichungen der neuesten N Tage der Datei erscheinen während des Laufs (Tage 1..N) statt davor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <extracomment>scenario section world.catalog.columns</extracomment>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track id</source>
        <extracomment>label of scenario field world.catalog.columns.track_id</extracomment>
        <translation>Titel-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: track id column (required; rows without one are skipped, repeated ids merged)</source>
        <extracomment>description of scenario field world.catalog.columns.track_id</extracomment>
        <translation>CSV-Katalog: Spalte der Titel-ID (Pflicht; Zeilen ohne ID werden übersprungen, wiederholte IDs zusammengeführt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track name</source>
        <extracomment>label of scenario field world.catalog.columns.track_name</extracomment>
        <translation>Titelname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: track title column (&quot;&quot; = none: every title is Unknown)</source>
        <extracomment>description of scenario field world.catalog.columns.track_name</extracomment>
        <translation>CSV-Katalog: Spalte des Titelnamens (&quot;&quot; = keine: jeder Titel heißt Unknown)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Artist</source>
        <extracomment>label of scenario field world.catalog.columns.artist</extracomment>
        <translation>Künstler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: artist name column (&quot;&quot; = none: every artist is Unknown)</source>
        <extracomment>description of scenario field world.catalog.columns.artist</extracomment>
        <translation>CSV-Katalog: Spalte des Künstlernamens (&quot;&quot; = keine: jeder Künstler heißt Unknown)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Popularity</source>
        <extracomment>label of scenario field world.catalog.columns.popularity</extracomment>
        <translation>Popularität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: popularity column, 0..100: the observable prior popularity and the source of true appeal</source>
        <extracomment>description of scenario field world.catalog.columns.popularity</extracomment>
        <translation>CSV-Katalog: Popularitätsspalte, 0..100: die beobachtbare Vorab-Popularität und die Quelle der wahren Attraktivität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release date</source>
        <extracomment>label of scenario field world.catalog.columns.release_date</extracomment>
        <translation>Erscheinungsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: release date column (YYYY-MM-DD, YYYY-MM or YYYY)</source>
        <extracomment>description of scenario field world.catalog.columns.release_date</extracomment>
        <translation>CSV-Katalog: Spalte des Erscheinungsdatums (YYYY-MM-DD, YYYY-MM oder YYYY)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genre</source>
        <extracomment>label of scenario field world.catalog.columns.genre</extracomment>
        <translation>Genre-Label</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: genre label column</source>
        <extracomment>description of scenario field world.catalog.columns.genre</extracomment>
        <translation>CSV-Katalog: Spalte des Genre-Labels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subgenre</source>
        <extracomment>label of scenario field world.catalog.columns.subgenre</extracomment>
        <translation>Subgenre-Label</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: sub-genre label column</source>
        <extracomment>description of scenario field world.catalog.columns.subgenre</extracomment>
        <translation>CSV-Katalog: Spalte des Subgenre-Labels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Danceability</source>
        <extracomment>label of scenario field world.catalog.columns.danceability</extracomment>
        <translation>Tanzbarkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: danceability column, 0..1</source>
        <extracomment>description of scenario field world.catalog.columns.danceability</extracomment>
        <translation>CSV-Katalog: Spalte der Tanzbarkeit, 0..1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy</source>
        <extracomment>label of scenario field world.catalog.columns.energy</extracomment>
        <translation>Energie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: energy column, 0..1</source>
        <extracomment>description of scenario field world.catalog.columns.energy</extracomment>
        <translation>CSV-Katalog: Spalte der Energie, 0..1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valence</source>
        <extracomment>label of scenario field world.catalog.columns.valence</extracomment>
        <translation>Valenz (Stimmung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: valence column, 0..1</source>
        <extracomment>description of scenario field world.catalog.columns.valence</extracomment>
        <translation>CSV-Katalog: Spalte der Valenz, 0..1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acousticness</source>
        <extracomment>label of scenario field world.catalog.columns.acousticness</extracomment>
        <translation>Akustik-Anteil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: acousticness column, 0..1</source>
        <extracomment>description of scenario field world.catalog.columns.acousticness</extracomment>
        <translation>CSV-Katalog: Spalte des Akustik-Anteils, 0..1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instrumentalness</source>
        <extracomment>label of scenario field world.catalog.columns.instrumentalness</extracomment>
        <translation>Instrumentalität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: instrumentalness column, 0..1</source>
        <extracomment>description of scenario field world.catalog.columns.instrumentalness</extracomment>
        <translation>CSV-Katalog: Spalte der Instrumentalität, 0..1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speechiness</source>
        <extracomment>label of scenario field world.catalog.columns.speechiness</extracomment>
        <translation>Sprachanteil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: speechiness column, 0..1</source>
        <extracomment>description of scenario field world.catalog.columns.speechiness</extracomment>
        <translation>CSV-Katalog: Spalte des Sprachanteils, 0..1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liveness</source>
        <extracomment>label of scenario field world.catalog.columns.liveness</extracomment>
        <translation>Live-Charakter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: liveness column, 0..1</source>
        <extracomment>description of scenario field world.catalog.columns.liveness</extracomment>
        <translation>CSV-Katalog: Spalte des Live-Charakters, 0..1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tempo</source>
        <extracomment>label of scenario field world.catalog.columns.tempo</extracomment>
        <translation>Tempo (BPM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: tempo column, BPM</source>
        <extracomment>description of scenario field world.catalog.columns.tempo</extracomment>
        <translation>CSV-Katalog: Tempo-Spalte, BPM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loudness</source>
        <extracomment>label of scenario field world.catalog.columns.loudness</extracomment>
        <translation>Lautheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: loudness column, dB</source>
        <extracomment>description of scenario field world.catalog.columns.loudness</extracomment>
        <translation>CSV-Katalog: Spalte der Lautheit, dB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration ms</source>
        <extracomment>label of scenario field world.catalog.columns.duration_ms</extracomment>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: track length column, milliseconds</source>
        <extracomment>description of scenario field world.catalog.columns.duration_ms</extracomment>
        <translation>CSV-Katalog: Spalte der Titellänge, Millisekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explicit</source>
        <extracomment>label of scenario field world.catalog.columns.explicit</extracomment>
        <translation>Explizit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: explicit flag column (1/true/yes); &quot;&quot; = none: no track is explicit</source>
        <extracomment>description of scenario field world.catalog.columns.explicit</extracomment>
        <translation>CSV-Katalog: Spalte der Explizit-Markierung (1/true/yes); &quot;&quot; = keine: kein Titel ist explizit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listeners</source>
        <extracomment>scenario section world.listeners</extracomment>
        <translation>Hörer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count</source>
        <extracomment>label of scenario field world.listeners.count</extracomment>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listeners signed up on day 0</source>
        <extracomment>description of scenario field world.listeners.count (unit: listeners)</extracomment>
        <translation>an Tag 0 angemeldete Hörer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrivals per day</source>
        <extracomment>label of scenario field world.listeners.arrivals_per_day</extracomment>
        <translation>Neuzugänge pro Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean of the Poisson number of new listeners per day (cold start)</source>
        <extracomment>description of scenario field world.listeners.arrivals_per_day (unit: listeners/day)</extracomment>
        <translation>Mittelwert der Poisson-verteilten Zahl neuer Hörer pro Tag (Kaltstart)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specialist share</source>
        <extracomment>label of scenario field world.listeners.specialist_share</extracomment>
        <translation>Anteil Spezialisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listeners whose taste concentrates on one genre</source>
        <extracomment>description of scenario field world.listeners.specialist_share (unit: share)</extracomment>
        <translation>Hörer, deren Geschmack sich auf ein Genre konzentriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Malleability</source>
        <extracomment>label of scenario field world.listeners.malleability</extracomment>
        <translation>Formbarkeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Premium share</source>
        <extracomment>label of scenario field world.listeners.premium_share</extracomment>
        <translation>Premium-Anteil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listeners on the premium tier</source>
        <extracomment>description of scenario field world.listeners.premium_share (unit: share)</extracomment>
        <translation>Hörer im Premium-Tarif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity mean</source>
        <extracomment>label of scenario field world.listeners.activity_mean</extracomment>
        <translation>Mittlere Aktivität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean sessions per listener per day</source>
        <extracomment>description of scenario field world.listeners.activity_mean (unit: sessions/day)</extracomment>
        <translation>mittlere Sitzungen pro Hörer und Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patience mean</source>
        <extracomment>label of scenario field world.listeners.patience_mean</extracomment>
        <translation>Mittlere Geduld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean patience (how late listeners skip)</source>
        <extracomment>description of scenario field world.listeners.patience_mean (unit: 0..1)</extracomment>
        <translation>mittlere Geduld (wie spät Hörer überspringen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Novelty appetite mean</source>
        <extracomment>label of scenario field world.listeners.novelty_appetite_mean</extracomment>
        <translation>Mittlere Neugier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean appetite for unheard tracks</source>
        <extracomment>description of scenario field world.listeners.novelty_appetite_mean (unit: 0..1)</extracomment>
        <translation>mittlere Lust auf ungehörte Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mainstreamness mean</source>
        <extracomment>label of scenario field world.listeners.mainstreamness_mean</extracomment>
        <translation>Mittlere Mainstream-Neigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean liking of popular tracks</source>
        <extracomment>description of scenario field world.listeners.mainstreamness_mean (unit: 0..1)</extracomment>
        <translation>mittlere Vorliebe für populäre Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Churn tendency sd</source>
        <extracomment>label of scenario field world.listeners.churn_tendency_sd</extracomment>
        <translation>Streuung der Abwanderungsneigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spread of the listeners&apos; individual churn tendency</source>
        <extracomment>description of scenario field world.listeners.churn_tendency_sd (unit: logit)</extracomment>
        <translation>Streuung der individuellen Abwanderungsneigung der Hörer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explicit off share</source>
        <extracomment>label of scenario field world.listeners.explicit_off_share</extracomment>
        <translation>Anteil ohne explizite Inhalte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listeners who turned explicit content off</source>
        <extracomment>description of scenario field world.listeners.explicit_off_share (unit: share)</extracomment>
        <translation>Hörer, die explizite Inhalte ausgeschaltet haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts path</source>
        <extracomment>label of scenario field world.listeners.seed.counts_path</extracomment>
        <translation>Pfad der Hörzahlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listening counts (userID artistID weight, tab-separated, like Last.fm&apos;s) whose users become the initial listeners, tastes fitted to the artists they played; replaces world.listeners.count; relative to the scenario file; &quot;&quot; = generated listeners</source>
        <extracomment>description of scenario field world.listeners.seed.counts_path</extracomment>
        <translation>Hörzahlen (userID artistID weight, tabulatorgetrennt, wie bei Last.fm), deren Nutzer zu den Anfangshörern werden, Geschmack an die gespielten Künstler angepasst; ersetzt world.listeners.count; relativ zur Szenariodatei; &quot;&quot; = generierte Hörer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Artists path</source>
        <extracomment>label of scenario field world.listeners.seed.artists_path</extracomment>
        <translation>Pfad der Künstlernamen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>artist names for the counts (id name ..., tab-separated, like Last.fm&apos;s artists.dat), matched to catalogue artists by case-insensitive name; relative to the scenario file</source>
        <extracomment>description of scenario field world.listeners.seed.artists_path</extracomment>
        <translation>Künstlernamen zu den Hörzahlen (id name ..., tabulatorgetrennt, wie Last.fms artists.dat), den Katalogkünstlern über den Namen ohne Beachtung der Groß-/Kleinschreibung zugeordnet; relativ zur Szenariodatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contexts</source>
        <extracomment>scenario section world.contexts</extracomment>
        <translation>Kontexte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <extracomment>label of scenario field world.contexts.enabled</extracomment>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Strength</source>
        <extracomment>label of scenario field world.contexts.strength</extracomment>
        <translation>Stärke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size of a context&apos;s taste offset</source>
        <extracomment>description of scenario field world.contexts.strength (unit: latent units)</extracomment>
        <translation>Größe des Geschmacksversatzes eines Kontexts</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Drift</source>
        <extracomment>scenario section world.drift</extracomment>
        <translation>Geschmacksdrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ou theta</source>
        <extracomment>label of scenario field world.drift.ou_theta</extracomment>
        <translation>OU-Theta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean reversion of short-term taste toward its anchor</source>
        <extracomment>description of scenario field world.drift.ou_theta (unit: 1/day)</extracomment>
        <translation>Rückkehr des kurzfristigen Geschmacks zu seinem Anker (Mean Reversion)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ou sigma</source>
        <extracomment>label of scenario field world.drift.ou_sigma</extracomment>
        <translation>OU-Sigma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>daily noise of short-term taste, per dimension</source>
        <extracomment>description of scenario field world.drift.ou_sigma (unit: latent units/day)</extracomment>
        <translation>tägliches Rauschen des kurzfristigen Geschmacks, pro Dimension</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anchor sigma</source>
        <extracomment>label of scenario field world.drift.anchor_sigma</extracomment>
        <translation>Anker-Sigma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>daily random walk of the long-term taste anchor</source>
        <extracomment>description of scenario field world.drift.anchor_sigma (unit: latent units/day)</extracomment>
        <translation>täglicher Zufallspfad des langfristigen Geschmacksankers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regime shift rate</source>
        <extracomment>label of scenario field world.drift.regime_shift_rate</extracomment>
        <translation>Rate der Regimewechsel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate at which a listener discovers a genre (per listener per day)</source>
        <extracomment>description of scenario field world.drift.regime_shift_rate (unit: 1/day)</extracomment>
        <translation>Rate, mit der ein Hörer ein Genre entdeckt (pro Hörer und Tag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regime shift strength</source>
        <extracomment>label of scenario field world.drift.regime_shift_strength</extracomment>
        <translation>Stärke der Regimewechsel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how far a regime shift moves the anchor toward the new genre</source>
        <extracomment>description of scenario field world.drift.regime_shift_strength (unit: 0..1)</extracomment>
        <translation>wie weit ein Regimewechsel den Anker zum neuen Genre verschiebt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <extracomment>scenario section world.sessions</extracomment>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home weight</source>
        <extracomment>label of scenario field world.sessions.home_weight</extracomment>
        <translation>Gewicht Startseite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relative frequency of Home (slate) sessions</source>
        <extracomment>description of scenario field world.sessions.home_weight (unit: weight)</extracomment>
        <translation>relative Häufigkeit von Startseiten-Sitzungen (Auswahl)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Radio weight</source>
        <extracomment>label of scenario field world.sessions.radio_weight</extracomment>
        <translation>Gewicht Radio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relative frequency of radio/autoplay sessions</source>
        <extracomment>description of scenario field world.sessions.radio_weight (unit: weight)</extracomment>
        <translation>relative Häufigkeit von Radio-/Autoplay-Sitzungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organic weight</source>
        <extracomment>label of scenario field world.sessions.organic_weight</extracomment>
        <translation>Gewicht organisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relative frequency of organic (search/library) sessions</source>
        <extracomment>description of scenario field world.sessions.organic_weight (unit: weight)</extracomment>
        <translation>relative Häufigkeit organischer Sitzungen (Suche/Bibliothek)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Examination decay</source>
        <extracomment>label of scenario field world.sessions.examination_decay</extracomment>
        <translation>Abfall der Betrachtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>probability of examining the next slate position (position bias)</source>
        <extracomment>description of scenario field world.sessions.examination_decay (unit: per position)</extracomment>
        <translation>Wahrscheinlichkeit, die nächste Position der Auswahl anzusehen (Positions-Bias)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Radio quit base</source>
        <extracomment>label of scenario field world.sessions.radio_quit_base</extracomment>
        <translation>Radio-Abbruch Basis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base hazard of quitting a radio session</source>
        <extracomment>description of scenario field world.sessions.radio_quit_base (unit: per track)</extracomment>
        <translation>Grundrisiko, eine Radio-Sitzung abzubrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Radio quit per skip</source>
        <extracomment>label of scenario field world.sessions.radio_quit_per_skip</extracomment>
        <translation>Radio-Abbruch pro Überspringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added quit hazard per skip in a radio session</source>
        <extracomment>description of scenario field world.sessions.radio_quit_per_skip (unit: per skip)</extracomment>
        <translation>zusätzliches Abbruchrisiko pro Überspringen in einer Radio-Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Radio max tracks</source>
        <extracomment>label of scenario field world.sessions.radio_max_tracks</extracomment>
        <translation>Radio: höchstens Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>longest radio session</source>
        <extracomment>description of scenario field world.sessions.radio_max_tracks (unit: tracks)</extracomment>
        <translation>längste Radio-Sitzung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organic tracks mean</source>
        <extracomment>label of scenario field world.sessions.organic_tracks_mean</extracomment>
        <translation>Mittlere organische Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean plays of an organic session</source>
        <extracomment>description of scenario field world.sessions.organic_tracks_mean (unit: tracks)</extracomment>
        <translation>mittlere Wiedergaben einer organischen Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search candidates</source>
        <extracomment>label of scenario field world.sessions.search_candidates</extracomment>
        <translation>Suchkandidaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tracks a listener considers when searching</source>
        <extracomment>description of scenario field world.sessions.search_candidates (unit: tracks)</extracomment>
        <translation>Titel, die ein Hörer bei der Suche in Betracht zieht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library share</source>
        <extracomment>label of scenario field world.sessions.library_share</extracomment>
        <translation>Bibliotheksanteil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organic plays taken from the listener&apos;s library (rest: search)</source>
        <extracomment>description of scenario field world.sessions.library_share (unit: share)</extracomment>
        <translation>organische Wiedergaben aus der Bibliothek des Hörers (Rest: Suche)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly playlist rate</source>
        <extracomment>label of scenario field world.sessions.weekly_playlist_rate</extracomment>
        <translation>Rate der Wochen-Playlists</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>probability of listening to each weekly playlist (Discover Weekly, Release Radar)</source>
        <extracomment>description of scenario field world.sessions.weekly_playlist_rate (unit: 1/week)</extracomment>
        <translation>Wahrscheinlichkeit, jede Wochen-Playlist zu hören (Discover Weekly, Release Radar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response</source>
        <extracomment>scenario section world.response</extracomment>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Noise</source>
        <extracomment>label of scenario field world.devices.noise</extracomment>
        <translation>Rauschen</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>generated catalogue: tracks whose observable genre label is missing, as in real metadata. The service&apos;s view only: the inspector and tastedrift-cli inspect show these labels; no recommender or metric reads genre labels (metrics use the true genres)</source>
        <extracomment>description of scenario field world.catalog.missing_genre_share (unit: share)</extracomment>
        <translation>generierter Katalog: Titel, deren beobachtbares Genre-Label fehlt, wie in echten Metadaten. Nur die Sicht des Dienstes: der Inspektor und tastedrift-cli inspect zeigen diese Labels; weder ein Empfehlungssystem noch eine Kennzahl liest Genre-Labels (Kennzahlen nutzen die wahren Genres)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>generated catalogue: tracks whose observable genre label names another genre, as in real metadata. The service&apos;s view only: the inspector and tastedrift-cli inspect show these labels; no recommender or metric reads genre labels (metrics use the true genres)</source>
        <extracomment>description of scenario field world.catalog.noisy_genre_share (unit: share)</extracomment>
        <translation>generierter Katalog: Titel, deren beobachtbares Genre-Label ein anderes Genre nennt, wie in echten Metadaten. Nur die Sicht des Dienstes: der Inspektor und tastedrift-cli inspect zeigen diese Labels; weder ein Empfehlungssystem noch eine Kennzahl liest Genre-Labels (Kennzahlen nutzen die wahren Genres)</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>population mean of how far a satisfying listen pulls taste toward the track (0 = off, 1 = every listener&apos;s taste moves onto the track); each listener&apos;s own rate, at most 1, follows an individual factor</source>
        <extracomment>description of scenario field world.listeners.malleability (unit: 0..1)</extracomment>
        <translation>Populationsmittel dafür, wie weit ein zufriedenstellendes Hören den Geschmack zum Titel hinzieht (0 = aus, 1 = der Geschmack jedes Hörers rückt auf den Titel); die eigene Rate jedes Hörers, höchstens 1, folgt einem individuellen Faktor</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>each session has a listening context (commute, focus, workout, evening, sleep) drawn from the time of day and the weekday</source>
        <extracomment>description of scenario field world.contexts.enabled</extracomment>
        <translation>jede Sitzung hat einen Hörkontext (Pendeln, Fokus, Training, Abend, Schlaf), gezogen nach Tageszeit und Wochentag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blur</source>
        <extracomment>label of scenario field world.contexts.blur</extracomment>
        <translation>Unschärfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of sessions whose context is drawn uniformly instead of from the time-of-day mix</source>
        <extracomment>description of scenario field world.contexts.blur (unit: share)</extracomment>
        <translation>Anteil der Sitzungen, deren Kontext gleichverteilt statt nach der Tageszeit gezogen wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <extracomment>scenario section world.devices</extracomment>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>chance that a session is played on another device than the listener&apos;s habit for its context</source>
        <extracomment>description of scenario field world.devices.noise (unit: probability)</extracomment>
        <translation>Wahrscheinlichkeit, dass eine Sitzung auf einem anderen Gerät läuft als dem für ihren Kontext gewohnten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rhythm</source>
        <extracomment>scenario section world.rhythm</extracomment>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekend activity</source>
        <extracomment>label of scenario field world.rhythm.weekend_activity</extracomment>
        <translation>Aktivität am Wochenende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sessions per day on Saturdays and Sundays relative to weekdays</source>
        <extracomment>description of scenario field world.rhythm.weekend_activity</extracomment>
        <translation>Sitzungen pro Tag an Samstagen und Sonntagen im Verhältnis zu Werktagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekend leisure</source>
        <extracomment>label of scenario field world.rhythm.weekend_leisure</extracomment>
        <translation>Freizeit am Wochenende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on weekends, the share of each time-of-day context mix that moves from commutes and work to leisure</source>
        <extracomment>description of scenario field world.rhythm.weekend_leisure (unit: share)</extracomment>
        <translation>am Wochenende der Anteil jeder Tageszeit-Kontextmischung, der von Pendeln und Arbeit zur Freizeit wandert</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Max hours per day</source>
        <extracomment>label of scenario field world.sessions.max_hours_per_day</extracomment>
        <translation>Höchstens Stunden pro Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>most listening time of one listener in one day: the play that reaches it is the day&apos;s last (its session ends and no later session starts that day); 24 = a whole day</source>
        <extracomment>description of scenario field world.sessions.max_hours_per_day (unit: hours)</extracomment>
        <translation>größte Hördauer eines Hörers an einem Tag: die Wiedergabe, die sie erreicht, ist die letzte des Tages (ihre Sitzung endet, und an diesem Tag beginnt keine weitere Sitzung); 24 = ein ganzer Tag</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>standard deviation of utility noise</source>
        <extracomment>description of scenario field world.response.noise (unit: utility)</extracomment>
        <translation>Standardabweichung des Nutzenrauschens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream threshold</source>
        <extracomment>label of scenario field world.response.stream_threshold</extracomment>
        <translation>Stream-Schwelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>utility at which a play has a 50 % chance of becoming a stream</source>
        <extracomment>description of scenario field world.response.stream_threshold (unit: utility)</extracomment>
        <translation>Nutzen, bei dem eine Wiedergabe mit 50 % Wahrscheinlichkeit zum Stream wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature</source>
        <extracomment>label of scenario field world.response.temperature</extracomment>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>logistic scale of the stream/skip decision</source>
        <extracomment>description of scenario field world.response.temperature (unit: utility)</extracomment>
        <translation>logistische Skala der Entscheidung Stream/Überspringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patience weight</source>
        <extracomment>label of scenario field world.response.patience_weight</extracomment>
        <translation>Gewicht der Geduld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>effect of patience on the stream decision</source>
        <extracomment>description of scenario field world.response.patience_weight (unit: utility)</extracomment>
        <translation>Einfluss der Geduld auf die Stream-Entscheidung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Familiarity bonus</source>
        <extracomment>label of scenario field world.response.familiarity_bonus</extracomment>
        <translation>Vertrautheitsbonus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bonus of a known, liked track</source>
        <extracomment>description of scenario field world.response.familiarity_bonus (unit: utility)</extracomment>
        <translation>Bonus eines bekannten, gemochten Titels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fatigue</source>
        <extracomment>label of scenario field world.response.fatigue</extracomment>
        <translation>Ermüdung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>penalty per recent repeat of a track</source>
        <extracomment>description of scenario field world.response.fatigue (unit: utility)</extracomment>
        <translation>Abzug pro kürzlicher Wiederholung eines Titels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Novelty weight</source>
        <extracomment>label of scenario field world.response.novelty_weight</extracomment>
        <translation>Gewicht der Neuheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weight of novelty appetite x novelty</source>
        <extracomment>description of scenario field world.response.novelty_weight (unit: utility)</extracomment>
        <translation>Gewicht von Neugier x Neuheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mainstream weight</source>
        <extracomment>label of scenario field world.response.mainstream_weight</extracomment>
        <translation>Gewicht des Mainstreams</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weight of mainstreamness x popularity</source>
        <extracomment>description of scenario field world.response.mainstream_weight (unit: utility)</extracomment>
        <translation>Gewicht von Mainstream-Neigung x Popularität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save rate</source>
        <extracomment>label of scenario field world.response.save_rate</extracomment>
        <translation>Speicherrate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>largest chance of saving a streamed track</source>
        <extracomment>description of scenario field world.response.save_rate (unit: probability)</extracomment>
        <translation>höchste Wahrscheinlichkeit, einen gestreamten Titel zu speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Playlist rate</source>
        <extracomment>label of scenario field world.response.playlist_rate</extracomment>
        <translation>Playlist-Rate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>largest chance of adding a streamed track to a playlist</source>
        <extracomment>description of scenario field world.response.playlist_rate (unit: probability)</extracomment>
        <translation>höchste Wahrscheinlichkeit, einen gestreamten Titel zu einer Playlist hinzuzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow rate</source>
        <extracomment>label of scenario field world.response.follow_rate</extracomment>
        <translation>Folgerate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>largest chance of following the artist of a streamed track</source>
        <extracomment>description of scenario field world.response.follow_rate (unit: probability)</extracomment>
        <translation>höchste Wahrscheinlichkeit, dem Künstler eines gestreamten Titels zu folgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay rate</source>
        <extracomment>label of scenario field world.response.replay_rate</extracomment>
        <translation>Wiederholrate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>largest chance of replaying a streamed track</source>
        <extracomment>description of scenario field world.response.replay_rate (unit: probability)</extracomment>
        <translation>höchste Wahrscheinlichkeit, einen gestreamten Titel erneut abzuspielen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block rate</source>
        <extracomment>label of scenario field world.response.block_rate</extracomment>
        <translation>Sperrrate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chance of blocking an artist after repeated bad skips</source>
        <extracomment>description of scenario field world.response.block_rate (unit: probability)</extracomment>
        <translation>Wahrscheinlichkeit, einen Künstler nach wiederholtem schlechtem Überspringen zu sperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satiation</source>
        <extracomment>scenario section world.satiation</extracomment>
        <translation>Sättigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Artist weight</source>
        <extracomment>label of scenario field world.satiation.artist_weight</extracomment>
        <translation>Gewicht Künstler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>utility a listener fully tired of an artist loses on its tracks (half of it after about 6 recent plays)</source>
        <extracomment>description of scenario field world.satiation.artist_weight (unit: utility)</extracomment>
        <translation>Nutzen, den die Titel eines Künstlers verlieren, wenn ein Hörer ihn völlig satt hat (die Hälfte nach etwa 6 kürzlichen Wiedergaben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subgenre weight</source>
        <extracomment>label of scenario field world.satiation.subgenre_weight</extracomment>
        <translation>Gewicht Subgenre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>utility a listener fully tired of a sub-genre loses on its tracks (half of it after about 40 recent plays)</source>
        <extracomment>description of scenario field world.satiation.subgenre_weight (unit: utility)</extracomment>
        <translation>Nutzen, den die Titel eines Subgenres verlieren, wenn ein Hörer es völlig satt hat (die Hälfte nach etwa 40 kürzlichen Wiedergaben)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>how fast boredom with an artist or sub-genre wears off (half-life)</source>
        <extracomment>description of scenario field world.satiation.half_life_days (unit: days)</extracomment>
        <translation>wie schnell der Überdruss an einem Künstler oder Subgenre nachlässt (Halbwertszeit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discovery</source>
        <extracomment>scenario section world.discovery</extracomment>
        <translation>Entdeckung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <extracomment>label of scenario field world.discovery.value</extracomment>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Satisfaction</source>
        <extracomment>scenario section world.satisfaction</extracomment>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow half life days</source>
        <extracomment>label of scenario field world.satisfaction.slow_half_life_days</extracomment>
        <translation>Langsame Halbwertszeit in Tagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Boredom weight</source>
        <extracomment>label of scenario field world.satisfaction.boredom_weight</extracomment>
        <translation>Gewicht Überdruss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how much a day of listening to sated artists and sub-genres lowers the slow satisfaction</source>
        <extracomment>description of scenario field world.satisfaction.boredom_weight (unit: satisfaction)</extracomment>
        <translation>wie stark ein Tag mit Künstlern und Subgenres, die der Hörer satt hat, die langsame Zufriedenheit senkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Churn</source>
        <extracomment>scenario section world.churn</extracomment>
        <translation>Abwanderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base logit</source>
        <extracomment>label of scenario field world.churn.base_logit</extracomment>
        <translation>Basis-Logit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Satisfaction weight</source>
        <extracomment>label of scenario field world.churn.satisfaction_weight</extracomment>
        <translation>Gewicht der Zufriedenheit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Premium logit</source>
        <extracomment>label of scenario field world.churn.premium_logit</extracomment>
        <translation>Premium-Logit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change of the churn logit for premium listeners</source>
        <extracomment>description of scenario field world.churn.premium_logit (unit: logit)</extracomment>
        <translation>Änderung des Abwanderungs-Logits für Premium-Hörer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Winback rate</source>
        <extracomment>label of scenario field world.churn.winback_rate</extracomment>
        <translation>Rückgewinnungsrate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chance per day that a churned listener comes back</source>
        <extracomment>description of scenario field world.churn.winback_rate (unit: 1/day)</extracomment>
        <translation>Wahrscheinlichkeit pro Tag, dass ein abgewanderter Hörer zurückkehrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction rate</source>
        <extracomment>label of scenario field world.churn.satisfaction_rate</extracomment>
        <translation>Zufriedenheitsrate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weight of each session in the satisfaction moving average</source>
        <extracomment>description of scenario field world.churn.satisfaction_rate (unit: per session)</extracomment>
        <translation>Gewicht jeder Sitzung im gleitenden Mittel der Zufriedenheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free tier penalty</source>
        <extracomment>label of scenario field world.churn.free_tier_penalty</extracomment>
        <translation>Abzug im Gratis-Tarif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>session score lost to ads on the free tier</source>
        <extracomment>description of scenario field world.churn.free_tier_penalty (unit: satisfaction)</extracomment>
        <translation>durch Werbung im Gratis-Tarif verlorener Sitzungswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow satisfaction weight</source>
        <extracomment>label of scenario field world.churn.slow_satisfaction_weight</extracomment>
        <translation>Gewicht langsame Zufriedenheit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommender</source>
        <extracomment>scenario section recommender</extracomment>
        <translation>Empfehlungssystem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <extracomment>label of scenario field recommender.kind</extracomment>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Objective</source>
        <extracomment>label of scenario field recommender.objective</extracomment>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slate size</source>
        <extracomment>label of scenario field recommender.slate_size</extracomment>
        <translation>Größe der Auswahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tracks shown on a Home slate</source>
        <extracomment>description of scenario field recommender.slate_size (unit: tracks)</extracomment>
        <translation>auf einer Startseiten-Auswahl gezeigte Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrain every days</source>
        <extracomment>label of scenario field recommender.retrain_every_days</extracomment>
        <translation>Neu trainieren alle … Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days between model retrainings</source>
        <extracomment>description of scenario field recommender.retrain_every_days (unit: days)</extracomment>
        <translation>Tage zwischen zwei Trainings des Modells</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Startup days</source>
        <extracomment>label of scenario field recommender.startup_days</extracomment>
        <translation>Anlauftage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days of uniformly random slates at the start, while the recommender only watches and learns (the start-up phase of Chaney et al. 2018)</source>
        <extracomment>description of scenario field recommender.startup_days (unit: days)</extracomment>
        <translation>Tage mit gleichverteilt zufälligen Auswahlen zu Beginn, in denen das Empfehlungssystem nur zusieht und lernt (die Anlaufphase von Chaney et al. 2018)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context aware</source>
        <extracomment>label of scenario field recommender.context_aware</extracomment>
        <translation>Kontextbewusst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pipeline: use the request&apos;s listening context (time of day) for content profiles; false = context-blind</source>
        <extracomment>description of scenario field recommender.context_aware</extracomment>
        <translation>Pipeline: den Hörkontext der Anfrage (Tageszeit) für die Inhaltsprofile nutzen; false = kontextblind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candidates</source>
        <extracomment>scenario section recommender.candidates</extracomment>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explore share</source>
        <extracomment>label of scenario field recommender.candidates.explore_share</extracomment>
        <translation>Explorationsanteil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of the candidate pool filled with uniformly random released tracks, so that exploration reaches beyond what the models retrieve</source>
        <extracomment>description of scenario field recommender.candidates.explore_share (unit: share)</extracomment>
        <translation>Anteil des Kandidatenpools, der mit gleichverteilt zufälligen veröffentlichten Titeln gefüllt wird, damit die Exploration über das hinausreicht, was die Modelle abrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pool size</source>
        <extracomment>label of scenario field recommender.candidates.pool_size</extracomment>
        <translation>Größe des Kandidatenpools</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>candidates merged before filtering and ranking</source>
        <extracomment>description of scenario field recommender.candidates.pool_size (unit: tracks)</extracomment>
        <translation>vor Filtern und Ranking zusammengeführte Kandidaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mix</source>
        <extracomment>scenario section recommender.candidates.mix</extracomment>
        <translation>Mischung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home</source>
        <extracomment>scenario section recommender.candidates.mix.home</extracomment>
        <translation>Startseite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cf</source>
        <extracomment>label of scenario field recommender.candidates.mix.home.cf</extracomment>
        <translation>CF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of this surface&apos;s candidate pool from collaborative retrieval (ANN over the listener&apos;s ALS vector)</source>
        <extracomment>description of scenario field recommender.candidates.mix.home.cf (unit: share)</extracomment>
        <translation>Anteil des Kandidatenpools dieser Oberfläche aus kollaborativer Suche (ANN über den ALS-Vektor der Hörerin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Similar</source>
        <extracomment>label of scenario field recommender.candidates.mix.home.similar</extracomment>
        <translation>Ähnlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of this surface&apos;s candidate pool from ALS neighbours of the track playing now</source>
        <extracomment>description of scenario field recommender.candidates.mix.home.similar (unit: share)</extracomment>
        <translation>Anteil des Kandidatenpools dieser Oberfläche aus ALS-Nachbarn des gerade laufenden Titels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Similar history</source>
        <extracomment>label of scenario field recommender.candidates.mix.home.similar_history</extracomment>
        <translation>Ähnlich (Verlauf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of this surface&apos;s candidate pool from ALS neighbours of the listener&apos;s last stream, when nothing is playing</source>
        <extracomment>description of scenario field recommender.candidates.mix.home.similar_history (unit: share)</extracomment>
        <translation>Anteil des Kandidatenpools dieser Oberfläche aus ALS-Nachbarn des zuletzt gestreamten Titels, wenn nichts läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content</source>
        <extracomment>label of scenario field recommender.candidates.mix.home.content</extracomment>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of this surface&apos;s candidate pool from audio features near the listener&apos;s content profile</source>
        <extracomment>description of scenario field recommender.candidates.mix.home.content (unit: share)</extracomment>
        <translation>Anteil des Kandidatenpools dieser Oberfläche aus Audio-Merkmalen nahe dem Inhaltsprofil der Hörerin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trending</source>
        <extracomment>label of scenario field recommender.candidates.mix.home.trending</extracomment>
        <translation>Trends</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of this surface&apos;s candidate pool from the chart, for a listener the model knows</source>
        <extracomment>description of scenario field recommender.candidates.mix.home.trending (unit: share)</extracomment>
        <translation>Anteil des Kandidatenpools dieser Oberfläche aus der Hitliste, für Hörer, die das Modell kennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trending cold start</source>
        <extracomment>label of scenario field recommender.candidates.mix.home.trending_cold_start</extracomment>
        <translation>Trends (Kaltstart)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of this surface&apos;s candidate pool from the chart, for a listener without a collaborative vector (cold start)</source>
        <extracomment>description of scenario field recommender.candidates.mix.home.trending_cold_start (unit: share)</extracomment>
        <translation>Anteil des Kandidatenpools dieser Oberfläche aus der Hitliste, für Hörer ohne kollaborativen Vektor (Kaltstart)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followed</source>
        <extracomment>label of scenario field recommender.candidates.mix.home.followed</extracomment>
        <translation>Gefolgt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of this surface&apos;s candidate pool from recent releases of artists the listener follows</source>
        <extracomment>description of scenario field recommender.candidates.mix.home.followed (unit: share)</extracomment>
        <translation>Anteil des Kandidatenpools dieser Oberfläche aus neuen Titeln von Künstlern, denen die Hörerin folgt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New release</source>
        <extracomment>label of scenario field recommender.candidates.mix.home.new_release</extracomment>
        <translation>Neuerscheinung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of this surface&apos;s candidate pool from the newest releases</source>
        <extracomment>description of scenario field recommender.candidates.mix.home.new_release (unit: share)</extracomment>
        <translation>Anteil des Kandidatenpools dieser Oberfläche aus den neuesten Veröffentlichungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Radio</source>
        <extracomment>scenario section recommender.candidates.mix.radio</extracomment>
        <translation>Radio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discover weekly</source>
        <extracomment>scenario section recommender.candidates.mix.discover_weekly</extracomment>
        <translation>Discover Weekly</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release radar</source>
        <extracomment>scenario section recommender.candidates.mix.release_radar</extracomment>
        <translation>Release Radar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ann</source>
        <extracomment>scenario section recommender.ann</extracomment>
        <translation>ANN-Index</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ef</source>
        <extracomment>label of scenario field recommender.ann.ef</extracomment>
        <translation>ef (Suchbreite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hnswlib search breadth per graph bucket (recall against speed), in both retrieval indexes: the ALS index (cf and similar sources) and the audio-feature index (content source). Its real floor is k·overfetch (k the source&apos;s quota, overfetch 2): a search uses max(ef, k·overfetch), so on Home (pool of 300) an ef below 300 acts as 300 for the cf source (quota 150), and one below 120 as 120 for the content source (quota 60); ann_recall and content_recall search k = 10 (floor 20). Only norm buckets of at least 8,000 tracks use a graph; smaller ones are scanned exactly and ignore ef</source>
        <extracomment>description of scenario field recommender.ann.ef</extracomment>
        <translation>hnswlib-Suchbreite je Graph-Bucket (Recall gegen Geschwindigkeit), in beiden Retrieval-Indizes: dem ALS-Index (Quellen cf und similar) und dem Audiomerkmal-Index (Quelle content). Die tatsächliche Untergrenze ist k·overfetch (k das Kontingent der Quelle, overfetch 2): Eine Suche verwendet max(ef, k·overfetch), auf Home (Pool von 300) wirkt also ein ef unter 300 für die Quelle cf (Kontingent 150) wie 300 und eines unter 120 für die Quelle content (Kontingent 60) wie 120; ann_recall und content_recall suchen mit k = 10 (Untergrenze 20). Nur Norm-Buckets mit mindestens 8.000 Titeln verwenden einen Graphen; kleinere werden exakt durchsucht und ignorieren ef</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M</source>
        <extracomment>label of scenario field recommender.ann.m</extracomment>
        <translation>M (Verknüpfungen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confidence</source>
        <extracomment>scenario section recommender.confidence</extracomment>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alpha</source>
        <extracomment>label of scenario field recommender.confidence.alpha</extracomment>
        <translation>Alpha (Konfidenz)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALS confidence c = 1 + alpha * |net evidence| of a (listener, track) pair</source>
        <extracomment>description of scenario field recommender.confidence.alpha</extracomment>
        <translation>ALS-Konfidenz c = 1 + alpha * |Netto-Evidenz| eines Paares (Hörer, Titel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream</source>
        <extracomment>label of scenario field recommender.confidence.stream</extracomment>
        <translation>Gestreamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>positive evidence of a stream (&gt;= 30 s)</source>
        <extracomment>description of scenario field recommender.confidence.stream (unit: evidence)</extracomment>
        <translation>positive Evidenz eines Streams (&gt;= 30 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay</source>
        <extracomment>label of scenario field recommender.confidence.replay</extracomment>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>positive evidence of a replay</source>
        <extracomment>description of scenario field recommender.confidence.replay (unit: evidence)</extracomment>
        <translation>positive Evidenz einer Wiederholung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <extracomment>label of scenario field recommender.confidence.save</extracomment>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>positive evidence of a save (explicit action)</source>
        <extracomment>description of scenario field recommender.confidence.save (unit: evidence)</extracomment>
        <translation>positive Evidenz eines Speicherns (explizite Aktion)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Playlist add</source>
        <extracomment>label of scenario field recommender.confidence.playlist_add</extracomment>
        <translation>Zu Playlist hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>positive evidence of a playlist add (explicit action)</source>
        <extracomment>description of scenario field recommender.confidence.playlist_add (unit: evidence)</extracomment>
        <translation>positive Evidenz eines Hinzufügens zu einer Playlist (explizite Aktion)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow</source>
        <extracomment>label of scenario field recommender.confidence.follow</extracomment>
        <translation>Folgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>positive evidence for the track that led to an artist follow</source>
        <extracomment>description of scenario field recommender.confidence.follow (unit: evidence)</extracomment>
        <translation>positive Evidenz für den Titel, der zum Folgen eines Künstlers führte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip browse</source>
        <extracomment>label of scenario field recommender.confidence.skip_browse</extracomment>
        <translation>Überspringen beim Stöbern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative evidence of a skip on Home or a weekly playlist (browsing: weak)</source>
        <extracomment>description of scenario field recommender.confidence.skip_browse (unit: evidence)</extracomment>
        <translation>negative Evidenz eines Überspringens auf der Startseite oder in einer Wochen-Playlist (Stöbern: schwach)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip radio</source>
        <extracomment>label of scenario field recommender.confidence.skip_radio</extracomment>
        <translation>Überspringen im Radio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative evidence of a skip on Radio</source>
        <extracomment>description of scenario field recommender.confidence.skip_radio (unit: evidence)</extracomment>
        <translation>negative Evidenz eines Überspringens im Radio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip focus</source>
        <extracomment>label of scenario field recommender.confidence.skip_focus</extracomment>
        <translation>Überspringen bei Konzentration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative evidence of a skip in a focus session (strong)</source>
        <extracomment>description of scenario field recommender.confidence.skip_focus (unit: evidence)</extracomment>
        <translation>negative Evidenz eines Überspringens in einer Konzentrations-Sitzung (stark)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip organic</source>
        <extracomment>label of scenario field recommender.confidence.skip_organic</extracomment>
        <translation>Überspringen organisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative evidence of a skip of a searched or library track</source>
        <extracomment>description of scenario field recommender.confidence.skip_organic (unit: evidence)</extracomment>
        <translation>negative Evidenz eines Überspringens eines gesuchten oder Bibliothekstitels</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Half life days</source>
        <extracomment>label of scenario field world.satiation.half_life_days</extracomment>
        <translation>Halbwertszeit in Tagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the most a day of liked first streams of artists adds to the slow satisfaction&apos;s target, times the listener&apos;s novelty appetite (the first discoveries of a day count most)</source>
        <extracomment>description of scenario field world.discovery.value (unit: satisfaction)</extracomment>
        <translation>höchstens so viel trägt ein Tag mit gemochten ersten Streams von Künstlern zum Zielwert der langsamen Zufriedenheit bei, mal der Neugier des Hörers (die ersten Entdeckungen eines Tages zählen am meisten)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>memory (half-life) of the slow satisfaction: session quality, discovery and variety over weeks</source>
        <extracomment>description of scenario field world.satisfaction.slow_half_life_days (unit: days)</extracomment>
        <translation>Gedächtnis (Halbwertszeit) der langsamen Zufriedenheit: Sitzungsqualität, Entdeckungen und Abwechslung über Wochen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>daily churn logit of a free listener of average tendency at zero fast satisfaction and slow satisfaction 0.5</source>
        <extracomment>description of scenario field world.churn.base_logit (unit: logit)</extracomment>
        <translation>tägliches Abwanderungs-Logit eines kostenlosen Hörers mit durchschnittlicher Neigung bei schneller Zufriedenheit null und langsamer Zufriedenheit 0,5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change of the churn logit per unit of fast satisfaction, the recent sessions (negative: happier listeners stay)</source>
        <extracomment>description of scenario field world.churn.satisfaction_weight (unit: logit per unit)</extracomment>
        <translation>Änderung des Abwanderungs-Logits je Einheit schneller Zufriedenheit, der letzten Sitzungen (negativ: zufriedenere Hörer bleiben)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>change of the churn logit per unit of slow satisfaction above 0.5 (negative: listeners whose weeks were good stay)</source>
        <extracomment>description of scenario field world.churn.slow_satisfaction_weight (unit: logit per unit)</extracomment>
        <translation>Änderung des Abwanderungs-Logits je Einheit langsamer Zufriedenheit über 0,5 (negativ: Hörer mit guten Wochen bleiben)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>what the ranker optimises: the stream chance (stream), the stream logit plus a constant bonus for unheard tracks (novelty), or the stream chance plus the learned long-term value of serving the track (retention)</source>
        <extracomment>description of scenario field recommender.objective</extracomment>
        <translation>was das Ranking-Modell optimiert: die Stream-Wahrscheinlichkeit (stream), den Stream-Logit plus einen festen Bonus für ungehörte Titel (novelty) oder die Stream-Wahrscheinlichkeit plus den gelernten langfristigen Wert, den Titel zu zeigen (retention)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Index lag days</source>
        <extracomment>label of scenario field recommender.index_lag_days</extracomment>
        <translation>Index-Verzögerung in Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days after a retrained model&apos;s first day until its ALS retrieval index serves: the index is built in the background meanwhile, and searches use the previous index and its item factors (0 = rebuilt at once at the start of the day)</source>
        <extracomment>description of scenario field recommender.index_lag_days (unit: days)</extracomment>
        <translation>Tage nach dem ersten Tag eines neu trainierten Modells, bis sein ALS-Abrufindex bedient: Der Index wird währenddessen im Hintergrund gebaut, und Suchen verwenden den vorherigen Index und dessen Titelfaktoren (0 = sofort zu Beginn des Tages neu gebaut)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>half-life of the exponential decay of all evidence</source>
        <extracomment>description of scenario field recommender.confidence.half_life_days (unit: days)</extracomment>
        <translation>Halbwertszeit des exponentiellen Zerfalls aller Evidenz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Als</source>
        <extracomment>scenario section recommender.als</extracomment>
        <translation>ALS-Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Factors</source>
        <extracomment>label of scenario field recommender.als.factors</extracomment>
        <translation>Faktoren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latent factors of the implicit ALS model</source>
        <extracomment>description of scenario field recommender.als.factors (unit: factors)</extracomment>
        <translation>latente Faktoren des impliziten ALS-Modells</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reg</source>
        <extracomment>label of scenario field recommender.als.reg</extracomment>
        <translation>Regularisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L2 regularisation lambda of ALS (also the prior precision of the certainty)</source>
        <extracomment>description of scenario field recommender.als.reg</extracomment>
        <translation>L2-Regularisierung lambda von ALS (auch die Prior-Präzision der Gewissheit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Iterations</source>
        <extracomment>label of scenario field recommender.als.iterations</extracomment>
        <translation>Iterationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALS iterations per retrain, warm-started from the previous factors</source>
        <extracomment>description of scenario field recommender.als.iterations (unit: iterations)</extracomment>
        <translation>ALS-Iterationen pro Training, warm gestartet von den vorigen Faktoren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cg steps</source>
        <extracomment>label of scenario field recommender.als.cg_steps</extracomment>
        <translation>CG-Schritte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conjugate-gradient steps per row and half-step</source>
        <extracomment>description of scenario field recommender.als.cg_steps (unit: steps)</extracomment>
        <translation>Schritte des konjugierten Gradienten pro Zeile und Halbschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranker</source>
        <extracomment>scenario section recommender.ranker</extracomment>
        <translation>Ranking-Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>logistic ranker trained on logged impressions, or order by CF score only (ablation)</source>
        <extracomment>description of scenario field recommender.ranker.kind</extracomment>
        <translation>logistisches Ranking-Modell, trainiert auf protokollierten Einblendungen, oder nur nach CF-Wert sortieren (Ablation)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Window days</source>
        <extracomment>label of scenario field recommender.confidence.window_days</extracomment>
        <translation>Fenster in Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evidence window: a (listener, track) pair with no event for more than this many days is forgotten at the end of each day, by ALS, the ranker and Discover Weekly alike (a pair the skip or heard filter still reads stays until that filter&apos;s window passes); bounds the memory and the retrain at the cost of what the listener did before. 0: no window, a pair goes when its decayed mass falls below 0.01 (about 200 days at the default half-life)</source>
        <extracomment>description of scenario field recommender.confidence.window_days (unit: days)</extracomment>
        <translation>Evidenzfenster: ein (Hörer, Titel)-Paar ohne Ereignis seit mehr als so vielen Tagen wird am Ende jedes Tages vergessen, von ALS, dem Ranker und Discover Weekly gleichermaßen (ein Paar, das der Skip- oder der Gehört-Filter noch liest, bleibt, bis dessen Fenster vorbei ist); begrenzt den Speicher und das Neutraining auf Kosten dessen, was der Hörer früher getan hat. 0: kein Fenster, ein Paar verschwindet, wenn seine abklingende Masse unter 0,01 fällt (etwa 200 Tage bei der Standard-Halbwertszeit)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>days of logged impressions the ranker trains on</source>
        <extracomment>description of scenario field recommender.ranker.window_days (unit: days)</extracomment>
        <translation>Tage protokollierter Einblendungen, auf denen das Ranking-Modell trainiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L2</source>
        <extracomment>label of scenario field recommender.ranker.l2</extracomment>
        <translation>L2-Regularisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L2 regularisation of the ranker&apos;s logistic regression</source>
        <extracomment>description of scenario field recommender.ranker.l2</extracomment>
        <translation>L2-Regularisierung der logistischen Regression des Ranking-Modells</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max rows</source>
        <extracomment>label of scenario field recommender.ranker.max_rows</extracomment>
        <translation>Höchstens Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>most training rows per retrain (a deterministic subsample above)</source>
        <extracomment>description of scenario field recommender.ranker.max_rows (unit: rows)</extracomment>
        <translation>höchstens so viele Trainingszeilen pro Training (darüber eine deterministische Stichprobe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ips weighting</source>
        <extracomment>label of scenario field recommender.ranker.ips_weighting</extracomment>
        <translation>IPS-Gewichtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counterfactual training: each logged row weighs min(1/propensity, ips_clip), so tracks the policy rarely shows stand in for those it never showed (off: every row weighs 1). Greedy logging has propensity 1 everywhere, where it changes nothing</source>
        <extracomment>description of scenario field recommender.ranker.ips_weighting</extracomment>
        <translation>kontrafaktisches Training: jede protokollierte Zeile wiegt min(1/Propensität, ips_clip), so stehen Titel, die die Strategie selten zeigt, für jene, die sie nie zeigte (aus: jede Zeile wiegt 1). Gierige Protokollierung hat überall Propensität 1 und ändert dann nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ips clip</source>
        <extracomment>label of scenario field recommender.ranker.ips_clip</extracomment>
        <translation>IPS-Obergrenze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>largest inverse-propensity weight of one row, &gt;= 1 (1 = every weight 1); only with ranker.ips_weighting = true. Larger: less bias, more variance</source>
        <extracomment>description of scenario field recommender.ranker.ips_clip (unit: rows)</extracomment>
        <translation>größtes inverses Propensitätsgewicht einer Zeile, &gt;= 1 (1 = jedes Gewicht 1); nur mit ranker.ips_weighting = true. Größer: weniger Verzerrung, mehr Varianz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters</source>
        <extracomment>scenario section recommender.filters</extracomment>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Artist cap</source>
        <extracomment>label of scenario field recommender.filters.artist_cap</extracomment>
        <translation>Obergrenze pro Künstler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>most tracks of one artist per slate</source>
        <extracomment>description of scenario field recommender.filters.artist_cap (unit: tracks)</extracomment>
        <translation>höchstens so viele Titel eines Künstlers pro Auswahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip window days</source>
        <extracomment>label of scenario field recommender.filters.skip_window_days</extracomment>
        <translation>Sperrfenster nach Überspringen (Tage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a track the listener skipped this recently is not recommended</source>
        <extracomment>description of scenario field recommender.filters.skip_window_days (unit: days)</extracomment>
        <translation>ein Titel, den der Hörer so kürzlich übersprungen hat, wird nicht empfohlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heard window days</source>
        <extracomment>label of scenario field recommender.filters.heard_window_days</extracomment>
        <translation>Sperrfenster nach Hören (Tage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home and Radio leave out tracks heard this recently (discovery surfaces: ever)</source>
        <extracomment>description of scenario field recommender.filters.heard_window_days (unit: days)</extracomment>
        <translation>Startseite und Radio lassen so kürzlich gehörte Titel weg (Entdeckungsflächen: jemals gehörte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective novelty weight</source>
        <extracomment>label of scenario field recommender.objective_novelty_weight</extracomment>
        <translation>Neuheitsgewicht im Ziel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Popular</source>
        <extracomment>scenario section recommender.popular</extracomment>
        <translation>Beliebtheits-Charts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>half-life of the play counts of the most-popular chart</source>
        <extracomment>description of scenario field recommender.popular.half_life_days (unit: days)</extracomment>
        <translation>Halbwertszeit der Wiedergabezahlen der Beliebtheits-Charts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plugin</source>
        <extracomment>scenario section recommender.plugin</extracomment>
        <translation>Plugin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind = plugin: the plugin library (a shared library with the C interface of include/tastedrift/plugin.h), relative to the scenario file</source>
        <extracomment>description of scenario field recommender.plugin.path</extracomment>
        <translation>kind = plugin: die Plugin-Bibliothek (eine gemeinsam genutzte Bibliothek mit der C-Schnittstelle aus include/tastedrift/plugin.h), relativ zur Szenariodatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options</source>
        <extracomment>label of scenario field recommender.plugin.options</extracomment>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind = plugin: text handed verbatim to the plugin when it is created (its own settings)</source>
        <extracomment>description of scenario field recommender.plugin.options</extracomment>
        <translation>kind = plugin: Text, der dem Plugin beim Erzeugen unverändert übergeben wird (seine eigenen Einstellungen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy</source>
        <extracomment>scenario section recommender.policy</extracomment>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how scores become a slate (exploration policy)</source>
        <extracomment>description of scenario field recommender.policy.kind</extracomment>
        <translation>wie aus Werten eine Auswahl wird (Explorationsstrategie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epsilon</source>
        <extracomment>label of scenario field recommender.policy.epsilon</extracomment>
        <translation>Epsilon (ε)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>epsilon_greedy: chance of a random candidate per slot</source>
        <extracomment>description of scenario field recommender.policy.epsilon (unit: probability)</extracomment>
        <translation>epsilon_greedy: Wahrscheinlichkeit eines zufälligen Kandidaten pro Platz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>softmax: temperature of the Plackett-Luce sampling</source>
        <extracomment>description of scenario field recommender.policy.temperature (unit: score)</extracomment>
        <translation>softmax: Temperatur der Plackett-Luce-Ziehung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ucb beta</source>
        <extracomment>label of scenario field recommender.policy.ucb_beta</extracomment>
        <translation>UCB-Beta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ucb: weight of the model&apos;s uncertainty</source>
        <extracomment>description of scenario field recommender.policy.ucb_beta (unit: std)</extracomment>
        <translation>ucb: Gewicht der Unsicherheit des Modells</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linucb alpha</source>
        <extracomment>label of scenario field recommender.policy.linucb_alpha</extracomment>
        <translation>LinUCB-Alpha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>linucb: width of the confidence bound on ranker features</source>
        <extracomment>description of scenario field recommender.policy.linucb_alpha (unit: std)</extracomment>
        <translation>linucb: Breite der Konfidenzschranke auf den Merkmalen des Ranking-Modells</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Propensity samples</source>
        <extracomment>label of scenario field recommender.policy.propensity_samples</extracomment>
        <translation>Ziehungen für Propensitäten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monte Carlo draws per slate for the propensities of Thompson sampling and of stochastic policies followed by MMR (exact elsewhere). Cost grows linearly: each draw re-ranks the candidate pool, about 2.5 microseconds per draw per Home slate on one core at the default pool size (10,000 draws: ~25 s of CPU for 300 listeners over 3 days; 100,000: ~4 minutes); the default 32 costs little</source>
        <extracomment>description of scenario field recommender.policy.propensity_samples (unit: draws)</extracomment>
        <translation>Monte-Carlo-Ziehungen pro Auswahl für die Propensitäten der Thompson-Ziehung und stochastischer Strategien mit nachfolgendem MMR (sonst exakt). Der Aufwand wächst linear: jede Ziehung ordnet den Kandidatenpool neu, etwa 2,5 Mikrosekunden pro Ziehung und Home-Auswahl auf einem Kern bei der voreingestellten Poolgröße (10.000 Ziehungen: ~25 s Rechenzeit für 300 Hörer über 3 Tage; 100.000: ~4 Minuten); die Voreinstellung 32 kostet wenig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surfaces</source>
        <extracomment>scenario section recommender.surfaces</extracomment>
        <translation>Oberflächen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this surface&apos;s own exploration policy, or inherit: recommender.policy serves it. The other fields of this object apply only when it is not inherit</source>
        <extracomment>description of scenario field recommender.surfaces.home.policy.kind</extracomment>
        <translation>die eigene Explorationsstrategie dieser Oberfläche, oder inherit: recommender.policy bedient sie. Die übrigen Felder dieses Objekts gelten nur, wenn sie nicht inherit ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this surface&apos;s own policy: epsilon_greedy&apos;s chance of a random candidate per slot</source>
        <extracomment>description of scenario field recommender.surfaces.home.policy.epsilon (unit: probability)</extracomment>
        <translation>eigene Strategie dieser Oberfläche: Wahrscheinlichkeit von epsilon_greedy für einen zufälligen Kandidaten je Platz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this surface&apos;s own policy: softmax temperature</source>
        <extracomment>description of scenario field recommender.surfaces.home.policy.temperature (unit: score)</extracomment>
        <translation>eigene Strategie dieser Oberfläche: Softmax-Temperatur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this surface&apos;s own policy: ucb weight of the model&apos;s uncertainty</source>
        <extracomment>description of scenario field recommender.surfaces.home.policy.ucb_beta (unit: std)</extracomment>
        <translation>eigene Strategie dieser Oberfläche: UCB-Gewicht der Unsicherheit des Modells</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this surface&apos;s own policy: linucb width of the confidence bound</source>
        <extracomment>description of scenario field recommender.surfaces.home.policy.linucb_alpha (unit: std)</extracomment>
        <translation>eigene Strategie dieser Oberfläche: LinUCB-Breite der Konfidenzschranke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this surface&apos;s own policy: Monte Carlo draws per slate where propensities are not exact (cost grows linearly, like policy.propensity_samples)</source>
        <extracomment>description of scenario field recommender.surfaces.home.policy.propensity_samples (unit: draws)</extracomment>
        <translation>eigene Strategie dieser Oberfläche: Monte-Carlo-Ziehungen je Auswahl, wo Propensitäten nicht exakt sind (Kosten wachsen linear, wie bei policy.propensity_samples)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>off-policy target: Monte Carlo draws for its marginals where they are not exact (cost grows linearly, like policy.propensity_samples)</source>
        <extracomment>description of scenario field metrics.ope.target.propensity_samples (unit: draws)</extracomment>
        <translation>Off-Policy-Ziel: Monte-Carlo-Ziehungen für seine Randverteilungen, wo sie nicht exakt sind (der Aufwand wächst linear, wie bei policy.propensity_samples)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Metrics</source>
        <extracomment>scenario section metrics</extracomment>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>random, most popular, oracle (knows the truth), the full pipeline, or a plugin library (recommender.plugin.path)</source>
        <extracomment>description of scenario field recommender.kind</extracomment>
        <translation>zufällig, am beliebtesten, Orakel (kennt die Wahrheit), die vollständige Pipeline oder eine Plugin-Bibliothek (recommender.plugin.path)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>hnswlib links per node, in both retrieval indexes: the ALS index takes it at each build (after a retrain), the audio-feature index at its one build on the first day (audio features never change). Set before the run, not a live knob</source>
        <extracomment>description of scenario field recommender.ann.m (unit: links)</extracomment>
        <translation>hnswlib-Verknüpfungen pro Knoten, in beiden Retrieval-Indizes: Der ALS-Index übernimmt den Wert bei jedem Aufbau (nach einem Neutraining), der Audiomerkmal-Index bei seinem einzigen Aufbau am ersten Tag (Audiomerkmale ändern sich nie). Wird vor dem Lauf festgelegt, kein Live-Regler</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>objective = novelty: constant bonus added to the ranker&apos;s logit for a track the listener has no evidence on</source>
        <extracomment>description of scenario field recommender.objective_novelty_weight</extracomment>
        <translation>objective = novelty: fester Bonus, der zum Logit des Ranking-Modells addiert wird, wenn über den Titel und diese Person noch keine Signale vorliegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective weight</source>
        <extracomment>label of scenario field recommender.objective_weight</extracomment>
        <translation>Zielgewicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>objective = retention: weight of the value model&apos;s uplift (the learned change in the listener&apos;s chance to be active in the next 7 days without cancelling) against the stream probability; refused with any other objective</source>
        <extracomment>description of scenario field recommender.objective_weight</extracomment>
        <translation>objective = retention: Gewicht des Zuwachses aus dem Wertmodell (die gelernte Änderung der Chance, dass die Person in den nächsten 7 Tagen aktiv ist und nicht kündigt) gegenüber der Stream-Wahrscheinlichkeit; bei jedem anderen Ziel abgelehnt</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Ope</source>
        <extracomment>scenario section metrics.ope</extracomment>
        <translation>Off-Policy-Bewertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <extracomment>scenario section metrics.ope.target</extracomment>
        <translation>Zielstrategie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off-policy evaluation: the policy whose Home stream rate ope_ips/ope_snips estimate from this run&apos;s logs</source>
        <extracomment>description of scenario field metrics.ope.target.kind</extracomment>
        <translation>Off-Policy-Bewertung: die Strategie, deren Startseiten-Streamrate ope_ips/ope_snips aus den Protokollen dieses Laufs schätzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off-policy target: epsilon_greedy&apos;s epsilon</source>
        <extracomment>description of scenario field metrics.ope.target.epsilon (unit: probability)</extracomment>
        <translation>Off-Policy-Ziel: Epsilon von epsilon_greedy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off-policy target: softmax temperature</source>
        <extracomment>description of scenario field metrics.ope.target.temperature (unit: score)</extracomment>
        <translation>Off-Policy-Ziel: Temperatur von softmax</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off-policy target: ucb weight of uncertainty</source>
        <extracomment>description of scenario field metrics.ope.target.ucb_beta (unit: std)</extracomment>
        <translation>Off-Policy-Ziel: Gewicht der Unsicherheit bei ucb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off-policy target: linucb width</source>
        <extracomment>description of scenario field metrics.ope.target.linucb_alpha (unit: std)</extracomment>
        <translation>Off-Policy-Ziel: Breite von linucb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diversity</source>
        <extracomment>scenario section recommender.diversity</extracomment>
        <translation>Vielfalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mmr lambda</source>
        <extracomment>label of scenario field recommender.diversity.mmr_lambda</extracomment>
        <translation>MMR-Lambda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MMR re-ranking after any policy: weight of diversity (0 = off)</source>
        <extracomment>description of scenario field recommender.diversity.mmr_lambda (unit: 0..1)</extracomment>
        <translation>MMR-Neusortierung nach jeder Strategie: Gewicht der Vielfalt (0 = aus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <extracomment>scenario section events</extracomment>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample rate</source>
        <extracomment>label of scenario field events.sample_rate</extracomment>
        <translation>Stichprobenrate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of events kept in the run store&apos;s event log</source>
        <extracomment>description of scenario field events.sample_rate (unit: share)</extracomment>
        <translation>Anteil der Ereignisse, die im Ereignisprotokoll des Laufspeichers bleiben</translation>
    </message>
</context>
<context>
    <name>td::run::SimulationWorker</name>
    <message>
        <location filename="../core/run/simulationworker.cpp" line="+95"/>
        <source>No scenario is loaded.</source>
        <translation>Es ist kein Szenario geladen.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Internal error: the engine was called from a thread that does not own it.</source>
        <translation>Interner Fehler: Die Simulation wurde von einem Thread aufgerufen, dem sie nicht gehört.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Day %1 failed: %2</source>
        <translation>Tag %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>td::ui::AudioFeatureScale</name>
    <message>
        <location filename="../ui/charts/audiofeaturescale.cpp" line="+31"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 BPM</source>
        <translation>%1 BPM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>0..1 (tempo 55–210 BPM, loudness −40–0 dB)</source>
        <translation>0..1 (Tempo 55–210 BPM, Lautheit −40–0 dB)</translation>
    </message>
</context>
<context>
    <name>td::ui::ChartExport</name>
    <message>
        <location filename="../ui/export/exportablechart.cpp" line="+36"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>td::ui::CompareWindow</name>
    <message>
        <location filename="../ui/compare/comparewindow.cpp" line="+206"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>A/B Compare — TasteDrift</source>
        <translation>A/B-Vergleich — TasteDrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run Both</source>
        <translation>Beide starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause Both</source>
        <translation>Beide anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step Both</source>
        <translation>Beide einen Tag weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset Both</source>
        <translation>Beide zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What B changes</source>
        <translation>Was B ändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameter</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../ui/compare/comparewindowlive.cpp" line="+124"/>
        <source>Every metric on the last day both runs reached</source>
        <translation>Alle Kennzahlen am letzten Tag, den beide Läufe erreicht haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location filename="../ui/compare/comparewindowlive.cpp" line="-19"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>95 % interval of B − A</source>
        <translation>95-%-Intervall von B − A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BH, q = 0.05</source>
        <translation>BH, q = 0,05</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/compare/comparewindowlive.cpp" line="-2"/>
        <source>A (as in the main window)</source>
        <translation>A (wie im Hauptfenster)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/compare/comparewindowlive.cpp" line="+1"/>
        <source>B (with the changes)</source>
        <translation>B (mit den Änderungen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Press Run Both.</source>
        <translation>Klicken Sie auf „Beide starten“.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>What B changes: nothing yet — edit B on the left</source>
        <translation>Was B ändert: noch nichts — bearbeiten Sie B links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What B changes (%1)</source>
        <translation>Was B ändert (%1)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparewindowlive.cpp" line="-55"/>
        <source>value (%1)</source>
        <translation>Wert (%1)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1: A and B</source>
        <translation>%1: A und B</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location filename="../ui/compare/comparewindowreplicates.cpp" line="+353"/>
        <location line="+2"/>
        <source>Day of the run</source>
        <translation>Tag des Laufs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: B − A</source>
        <translation>%1: B − A</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every metric on day %1 (the last day both runs reached)</source>
        <translation>Alle Kennzahlen an Tag %1 (dem letzten Tag, den beide Läufe erreicht haben)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparewindow.cpp" line="+49"/>
        <source>A: day %1 / %2    B: day %3 / %4</source>
        <translation>A: Tag %1 / %2    B: Tag %3 / %4</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparewindowreplicates.cpp" line="-242"/>
        <source>%1 of %2 runs</source>
        <translation>%1 von %2 Läufen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replicates cancelled: %1 of %2 runs complete; the complete pairs are shown.</source>
        <translation>Replikate abgebrochen: %1 von %2 Läufen vollständig; die vollständigen Paare werden gezeigt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That comparison has no seed with both runs complete.</source>
        <translation>Dieser Vergleich hat keinen Seed, dessen beide Läufe vollständig sind.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replicates: %1</source>
        <translation>Replikate: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>B = A</source>
        <translation>B = A</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 seeds — %3</source>
        <translation>%1 — %2 Seeds — %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No comparison with replicates in this workspace yet</source>
        <translation>Noch kein Vergleich mit Replikaten in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show Re&amp;plicates</source>
        <translation>Re&amp;plikate zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the means over the replicate seeds (or the two live runs)</source>
        <translation>Die Mittelwerte über die Replikat-Seeds zeigen (oder die beiden laufenden Läufe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replicates: both on the same seeds</source>
        <translation>Replikate: beide mit denselben Seeds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;eeds per arm:</source>
        <translation>S&amp;eeds je Arm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both configurations run on these seeds: A&apos;s seed and the next ones. Each seed gives a pair of runs on the same population.</source>
        <translation>Beide Konfigurationen laufen mit diesen Seeds: dem Seed von A und den folgenden. Jeder Seed ergibt ein Paar von Läufen mit derselben Population.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &amp;Replicates</source>
        <translation>&amp;Replikate rechnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cance&amp;l</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Earlier…</source>
        <translation>Frühere ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen a comparison with replicates recorded in the workspace</source>
        <translation>Einen im Arbeitsbereich aufgezeichneten Vergleich mit Replikaten wieder öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write ab-values.csv, ab-summary.csv and both charts (PNG, SVG) into a folder</source>
        <translation>ab-values.csv, ab-summary.csv und beide Diagramme (PNG, SVG) in einen Ordner schreiben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replicates are already running.</source>
        <translation>Die Replikate laufen bereits.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export the Replicates into a Folder</source>
        <translation>Replikate in einen Ordner exportieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote ab-values.csv, ab-summary.csv and the charts into %1</source>
        <translation>ab-values.csv, ab-summary.csv und die Diagramme nach %1 geschrieben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no replicates to export yet.</source>
        <translation>Es gibt noch keine Replikate zum Exportieren.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1: mean of A and B over %2 seeds</source>
        <translation>%1: Mittelwert von A und B über %2 Seeds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: B − A, paired over %2 seeds</source>
        <translation>%1: B − A, gepaart über %2 Seeds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A: mean (band: 95 % interval)</source>
        <translation>A: Mittelwert (Band: 95-%-Intervall)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: mean (band: 95 % interval)</source>
        <translation>B: Mittelwert (Band: 95-%-Intervall)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B − A: mean of the differences (band: 95 % interval)</source>
        <translation>B − A: Mittelwert der Differenzen (Band: 95-%-Intervall)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The same %1 seeds in both arms: a paired comparison</source>
        <translation>Dieselben %1 Seeds in beiden Armen: ein gepaarter Vergleich</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every metric on day %1, mean ± half the 95 % interval over %2 seeds; “significant”: B − A survives a Benjamini–Hochberg correction across the %3 metrics tested (q = 0.05)</source>
        <translation>Jede Kennzahl an Tag %1, Mittelwert ± halbes 95-%-Intervall über %2 Seeds; „signifikant“: B − A übersteht eine Benjamini-Hochberg-Korrektur über die %3 getesteten Kennzahlen (q = 0,05)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>significant</source>
        <translation>signifikant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not tested: fewer than two seeds define this metric in both arms</source>
        <translation>Nicht getestet: weniger als zwei Seeds definieren diese Kennzahl in beiden Armen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired t test: p = %1 before the correction</source>
        <translation>Gepaarter t-Test: p = %1 vor der Korrektur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: fewer than two seeds define it in both arms; no difference to size.</source>
        <translation>%1: weniger als zwei Seeds definieren sie in beiden Armen; keine Differenz, deren Größe sich abschätzen ließe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on day %2: B − A is 0 on every seed pair; there is no difference to detect.</source>
        <translation>%1 an Tag %2: B − A ist bei jedem Seed-Paar 0; es gibt keine Differenz zu entdecken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on day %2: to detect a difference of %3 (per-seed sd %4) with 80 % power at α = 0.05, a paired t test needs about %5 seeds; you ran %6.</source>
        <translation>%1 an Tag %2: Um eine Differenz von %3 (Standardabweichung je Seed %4) mit 80 % Teststärke bei α = 0,05 zu entdecken, braucht ein gepaarter t-Test etwa %5 Seeds; Sie haben %6 gerechnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than a billion</source>
        <translation>mehr als eine Milliarde</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No workspace is open: replicates are kept in a temporary database until this window closes.</source>
        <translation>Kein Arbeitsbereich ist geöffnet: Die Replikate liegen in einer temporären Datenbank, bis dieses Fenster geschlossen wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replicates are recorded in the workspace as one sweep per comparison.</source>
        <translation>Replikate werden im Arbeitsbereich aufgezeichnet, ein Sweep je Vergleich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A or B has changed since these replicates ran: run them again for the current configurations.</source>
        <translation>A oder B hat sich seit diesen Replikaten geändert: Rechnen Sie sie für die aktuellen Konfigurationen neu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replicates running…</source>
        <translation>Replikate laufen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replicates: %1 seed pairs, %2 days</source>
        <translation>Replikate: %1 Seed-Paare, %2 Tage</translation>
    </message>
</context>
<context>
    <name>td::ui::Dashboard</name>
    <message>
        <location filename="../ui/charts/dashboardpages.cpp" line="+14"/>
        <source>Engagement &amp;&amp; churn</source>
        <translation>Nutzung &amp;&amp; Abwanderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listeners</source>
        <translation>Hörer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listeners</source>
        <translation>Hörer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active today</source>
        <translation>Heute aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribed (not churned)</source>
        <translation>Noch angemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plays per day</source>
        <translation>Wiedergaben pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plays per day</source>
        <translation>Wiedergaben pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plays</source>
        <translation>Wiedergaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streams (≥ 30 s)</source>
        <translation>Streams (mind. 30 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skips and listen-through</source>
        <translation>Überspringen und Durchhören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of plays (0–1)</source>
        <translation>Anteil der Wiedergaben (0–1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip rate</source>
        <translation>Überspring-Rate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listened fraction</source>
        <translation>Gehörter Anteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Churn rate</source>
        <translation>Abwanderungsrate</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>share of listeners per day</source>
        <translation>Anteil der Hörer pro Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satisfaction (0–1)</source>
        <translation>Zufriedenheit (0–1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>75th percentile</source>
        <translation>75. Perzentil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>25th percentile</source>
        <translation>25. Perzentil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback loop</source>
        <translation>Rückkopplung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where streams come from</source>
        <translation>Woher die Streams kommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of streams (0–1)</source>
        <translation>Anteil der Streams (0–1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organic (search, library)</source>
        <translation>Organisch (Suche, Bibliothek)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model&apos;s own evidence</source>
        <translation>Die eigene Evidenz des Modells</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of training evidence</source>
        <translation>Anteil der Trainingsevidenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caused by its own recommendations</source>
        <translation>Durch eigene Empfehlungen verursacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Homogenisation</source>
        <translation>Homogenisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overlap of streams (Jaccard)</source>
        <translation>Überlappung der Streams (Jaccard)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>True tastes (cosine)</source>
        <translation>Wahrer Geschmack (Kosinus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Popularity bias</source>
        <translation>Popularitäts-Bias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percentile (catalogue = 0.5)</source>
        <translation>Perzentil (Katalog = 0,5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended tracks</source>
        <translation>Empfohlene Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streamed tracks</source>
        <translation>Gestreamte Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diversity</source>
        <translation>Vielfalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intra-list diversity</source>
        <translation>Vielfalt innerhalb der Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean cosine distance (0–2)</source>
        <translation>mittlere Kosinus-Distanz (0–2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home slates</source>
        <translation>Startseiten-Auswahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue coverage</source>
        <translation>Katalogabdeckung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of released tracks</source>
        <translation>Anteil der veröffentlichten Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown at least once in 7 days</source>
        <translation>In 7 Tagen mindestens einmal angezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long tail and new artists</source>
        <translation>Long Tail und neue Künstler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of impressions</source>
        <translation>Anteil der Einblendungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long tail</source>
        <translation>Nischentitel (Long Tail)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New artists</source>
        <translation>Neue Künstler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exposure inequality</source>
        <translation>Ungleichheit der Sichtbarkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gini coefficient (0–1)</source>
        <translation>Gini-Koeffizient (0–1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gini of impressions</source>
        <translation>Gini der Einblendungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generalist–specialist score</source>
        <translation>Generalist-Spezialist-Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GS score (1 = specialist)</source>
        <translation>GS-Wert (1 = Spezialist)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GS score of 7-day streams</source>
        <translation>GS-Wert der Streams über 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Novelty and genre entropy</source>
        <translation>Neuheit und Genre-Entropie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bits</source>
        <translation>Bit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Novelty</source>
        <translation>Neuheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genre entropy</source>
        <translation>Genre-Entropie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exploration &amp;&amp; certainty</source>
        <translation>Exploration &amp;&amp; Gewissheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exploration</source>
        <translation>Exploration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of shown items</source>
        <translation>Anteil der angezeigten Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explored slots</source>
        <translation>Erkundete Plätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model uncertainty</source>
        <translation>Unsicherheit des Modells</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>posterior variance</source>
        <translation>A-posteriori-Varianz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean posterior variance</source>
        <translation>Mittlere A-posteriori-Varianz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model versus truth</source>
        <translation>Modell gegenüber Wahrheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rank correlation</source>
        <translation>Rangkorrelation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alignment</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking error</source>
        <translation>Nachführfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regret</source>
        <translation>Regret (entgangener Nutzen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true utility per slate</source>
        <translation>wahrer Nutzen pro Auswahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regret against the oracle</source>
        <translation>Regret gegenüber dem Orakel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off-policy estimates</source>
        <translation>Off-Policy-Schätzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reward per impression</source>
        <translation>Belohnung pro Einblendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPS</source>
        <translation>IPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNIPS</source>
        <translation>SNIPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DR</source>
        <translation>DR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Truth (simulated)</source>
        <translation>Wahrheit (simuliert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context inference</source>
        <translation>Kontext-Erschließung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of sessions</source>
        <translation>Anteil der Sitzungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inferred context was the true one</source>
        <translation>Erschlossener Kontext war der wahre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy against the truth</source>
        <translation>Genauigkeit gegenüber der Wahrheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score (0–1)</source>
        <translation>Wert (0–1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision@K</source>
        <translation>Präzision@K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NDCG@K</source>
        <translation>NDCG@K (Rangqualität)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retrieval</source>
        <translation>Abruf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retrieval recall</source>
        <translation>Abruf-Recall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall@10 against exact search</source>
        <translation>Recall@10 gegen exakte Suche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALS index</source>
        <translation>ALS-Index</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audio-feature index</source>
        <translation>Audiomerkmal-Index</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Index age</source>
        <translation>Index-Alter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age of the served index</source>
        <translation>Alter des verwendeten Index</translation>
    </message>
    <message>
        <location filename="../ui/charts/dashboard.cpp" line="+45"/>
        <source>Pipeline funnel</source>
        <translation>Pipeline-Trichter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of the run</source>
        <translation>Tag des Laufs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention by signup day</source>
        <translation>Bindung nach Anmeldetag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since signup</source>
        <translation>Tage seit Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share still subscribed</source>
        <translation>Anteil noch angemeldet</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+49"/>
        <source>Day %1 after signup</source>
        <translation>Tag %1 nach der Anmeldung</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>No values in this run: the engine does not measure this for the chosen recommender (or not yet).</source>
        <translation>Keine Werte in diesem Lauf: Die Simulation misst dies für das gewählte Empfehlungssystem nicht (oder noch nicht).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No cohorts yet: run a day.</source>
        <translation>Noch keine Kohorten: Simulieren Sie einen Tag.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 (dashed)</source>
        <translation>%1 (gestrichelt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>No one lost yet: %1 (lines on top of each other at 1; a dot marks each end)</source>
        <translation>Noch niemand verloren: %1 (Linien übereinander bei 1; ein Punkt markiert jedes Ende)</translation>
    </message>
</context>
<context>
    <name>td::ui::FieldEditor</name>
    <message>
        <location filename="../ui/scenario/fieldeditor.cpp" line="+177"/>
        <source>Choose a file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Range: %1</source>
        <translation>Bereich: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit: %1</source>
        <translation>Einheit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default: %1</source>
        <translation>Vorgabe: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Live knob: a change applies from the next simulated day and is marked on every chart.</source>
        <translation>Live-Regler: Eine Änderung gilt ab dem nächsten simulierten Tag und wird in jedem Diagramm markiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applies when the run is reset.</source>
        <translation>Gilt, wenn der Lauf zurückgesetzt wird.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Choose a File</source>
        <translation>Datei auswählen</translation>
    </message>
</context>
<context>
    <name>td::ui::FileWrite</name>
    <message>
        <location filename="../ui/export/filewrite.cpp" line="+32"/>
        <source>Cannot write %1: %2. The existing file was left unchanged.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Die vorhandene Datei bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write %1: %2. No file was written.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>td::ui::FrontierChart</name>
    <message>
        <location filename="../ui/charts/frontierchart.cpp" line="+313"/>
        <source>Copy Image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as PNG or SVG…</source>
        <translation>Als PNG oder SVG exportieren…</translation>
    </message>
</context>
<context>
    <name>td::ui::FunnelChart</name>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="+80"/>
        <source>Candidates by source</source>
        <translation>Kandidaten nach Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged pool</source>
        <translation>Zusammengeführter Pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed by filters</source>
        <translation>Von Filtern entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Ranked</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+53"/>
        <source>Shown</source>
        <translation>Angezeigt</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+53"/>
        <source>Streamed</source>
        <translation>Gestreamt</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Tracks per request (mean over the day)</source>
        <translation>Titel pro Anfrage (Mittel über den Tag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No funnel: only the pipeline recommender (recommender.kind = pipeline) publishes one. Run a day to see it.</source>
        <translation>Kein Trichter: Nur die Empfehlungs-Pipeline (recommender.kind = pipeline) liefert einen. Simulieren Sie einen Tag, um ihn zu sehen.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Merged (distinct tracks)</source>
        <translation>Zusammengeführt (verschiedene Titel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Pipeline funnel</source>
        <translation>Pipeline-Trichter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline funnel, day %1 (%2 requests)</source>
        <translation>Pipeline-Trichter, Tag %1 (%2 Anfragen)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 tracks on the day&lt;br&gt;%3 per request</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Titel an diesem Tag&lt;br&gt;%3 pro Anfrage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy Image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as PNG or SVG…</source>
        <translation>Als PNG oder SVG exportieren…</translation>
    </message>
</context>
<context>
    <name>td::ui::GlossaryDialog</name>
    <message>
        <location filename="../ui/help/glossarydialog.cpp" line="+62"/>
        <source>Metric Glossary</source>
        <translation>Glossar der Kennzahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search metrics…</source>
        <translation>Kennzahlen suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column names are those of the CSV export and of tastedrift-cli. The full definitions come from docs/metrics.md and are in English.</source>
        <translation>Die Spaltennamen sind die des CSV-Exports und von tastedrift-cli. Die ausführlichen Definitionen stammen aus docs/metrics.md und sind auf Englisch.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unit:</source>
        <translation>Einheit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No longer definition in this build&apos;s documentation.</source>
        <translation>Keine ausführlichere Definition in der Dokumentation dieser Version.</translation>
    </message>
</context>
<context>
    <name>td::ui::ImageExport</name>
    <message>
        <location filename="../ui/export/imageexport.cpp" line="+26"/>
        <source>There is nothing to export yet.</source>
        <translation>Es gibt noch nichts zu exportieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot encode the picture as PNG.</source>
        <translation>Das Bild kann nicht als PNG kodiert werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot draw the chart as SVG.</source>
        <translation>Das Diagramm kann nicht als SVG gezeichnet werden.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Exported from TasteDrift</source>
        <translation>Aus TasteDrift exportiert</translation>
    </message>
</context>
<context>
    <name>td::ui::LanguageManager</name>
    <message>
        <location filename="../ui/languagemanager.cpp" line="+41"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
</context>
<context>
    <name>td::ui::ListenerCharts</name>
    <message>
        <location filename="../ui/charts/listenercharts.cpp" line="+138"/>
        <source>Their days</source>
        <translation>Ihre Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genre mix</source>
        <translation>Genre-Mischung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio features</source>
        <translation>Audiomerkmale</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Their listening per day</source>
        <translation>Ihr Hören pro Tag</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+6"/>
        <source>Day of the run</source>
        <translation>Tag des Laufs</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>tracks per day</source>
        <translation>Titel pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streams</source>
        <translation>Gestreamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skips</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended to them</source>
        <translation>Ihnen empfohlen</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+8"/>
        <location line="+5"/>
        <source>Pick a listener and run a day.</source>
        <translation>Wählen Sie einen Hörer und simulieren Sie einen Tag.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Taste vs belief</source>
        <translation>Geschmack gegenüber Einschätzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction &amp;&amp; certainty</source>
        <translation>Zufriedenheit &amp;&amp; Gewissheit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Satisfaction (truth)</source>
        <translation>Zufriedenheit (Wahrheit)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0 … 1</source>
        <translation>0 … 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model&apos;s uncertainty</source>
        <translation>Unsicherheit des Modells</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>posterior variance</source>
        <translation>A-posteriori-Varianz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posterior variance</source>
        <translation>A-posteriori-Varianz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This recommender keeps no posterior (only the pipeline&apos;s ALS model does, from its first retraining on).</source>
        <translation>Dieses Empfehlungssystem führt keine A-posteriori-Verteilung (nur das ALS-Modell der Pipeline, ab seinem ersten Neutraining).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>True taste drift</source>
        <translation>Drift des wahren Geschmacks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from signup taste</source>
        <translation>Abstand zum Geschmack bei Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drift</source>
        <translation>Geschmacksdrift</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Genre mix of their streams (7 days)</source>
        <translation>Genre-Mischung ihrer Streams (7 Tage)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>share of streams</source>
        <translation>Anteil der Streams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No streams yet.</source>
        <translation>Noch keine Streams.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio features: streamed vs shown</source>
        <translation>Audiomerkmale: gestreamt gegenüber angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streamed by them</source>
        <translation>Von ihnen gestreamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown to them</source>
        <translation>Ihnen angezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All contexts</source>
        <translation>Alle Kontexte</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Genre %1</source>
        <translation>Genre %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing streamed or shown in this context yet.</source>
        <translation>In diesem Kontext wurde noch nichts gestreamt oder angezeigt.</translation>
    </message>
</context>
<context>
    <name>td::ui::ListenerInspector</name>
    <message>
        <location filename="../ui/inspector/listenerinspector.cpp" line="+214"/>
        <source>&amp;Listener:</source>
        <translation>&amp;Hörer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspect</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow this listener: their first Home request is traced every simulated day from now on</source>
        <translation>Diesem Hörer folgen: Ab jetzt wird seine erste Startseiten-Anfrage an jedem simulierten Tag protokolliert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Most streams on the last day</source>
        <translation>Meiste Streams am letzten Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most skips on the last day</source>
        <translation>Am häufigsten übersprungen am letzten Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest active listeners</source>
        <translation>Neueste aktive Hörer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most drifted (true taste)</source>
        <translation>Stärkste Drift (wahrer Geschmack)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned on the last day</source>
        <translation>Am letzten Tag abgewandert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lists are about the last simulated day. Drift and churn come from the ground truth, which the recommender never sees.</source>
        <translation>Die Listen beziehen sich auf den letzten simulierten Tag. Drift und Abwanderung stammen aus der Wahrheit der Simulation, die das Empfehlungssystem nie sieht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show candidates removed by filters</source>
        <translation>Von Filtern entfernte Kandidaten zeigen</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Choose a listener on the left (or type an id) and press &lt;b&gt;Inspect&lt;/b&gt;. From the next simulated day on, their first Home request is traced stage by stage.</source>
        <translation>Wählen Sie links einen Hörer (oder geben Sie eine Nummer ein) und klicken Sie auf &lt;b&gt;Untersuchen&lt;/b&gt;. Ab dem nächsten simulierten Tag wird seine erste Startseiten-Anfrage Stufe für Stufe protokolliert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Listener %1&lt;/b&gt; — waiting for the next simulated day: press Run or Step to see how their recommendations are made.</source>
        <translation>&lt;b&gt;Hörer %1&lt;/b&gt; — wartet auf den nächsten simulierten Tag: Klicken Sie auf Starten oder Einen Tag weiter, um zu sehen, wie seine Empfehlungen entstehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Listener %1&lt;/b&gt;, day %2: %3 request at %4 (true context: %5; the recommender inferred: %6), recommender &lt;i&gt;%7&lt;/i&gt;, policy &lt;i&gt;%8&lt;/i&gt;, slate of %9.</source>
        <translation>&lt;b&gt;Hörer %1&lt;/b&gt;, Tag %2: %3-Anfrage um %4 (wahrer Kontext: %5; der Empfehler erschloss: %6), Empfehler &lt;i&gt;%7&lt;/i&gt;, Strategie &lt;i&gt;%8&lt;/i&gt;, Liste von %9.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That day they streamed %1 and skipped %2 tracks.</source>
        <translation>An diesem Tag hat er %1 Titel gestreamt und %2 übersprungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(No Home session that day: this request was made at noon for inspection only; it changed nothing in the run.)</source>
        <translation>(An diesem Tag gab es keine Startseiten-Sitzung: Diese Anfrage wurde nur zur Untersuchung um 12 Uhr gestellt und hat am Lauf nichts geändert.)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>before the run</source>
        <translation>vor dem Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on day %1</source>
        <translation>an Tag %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;churned&lt;/b&gt; on day %1</source>
        <translation>an Tag %1 &lt;b&gt;abgewandert&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>n/a (no posterior)</source>
        <translation>k. A. (keine A-posteriori-Verteilung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truth at the end of day %1: satisfaction %2, drift from their taste at signup %3; signed up %4, %5. The model&apos;s uncertainty about them (ALS posterior variance): %6.</source>
        <translation>Wahrheit am Ende von Tag %1: Zufriedenheit %2, Drift gegenüber dem Geschmack bei der Anmeldung %3; angemeldet %4, %5. Unsicherheit des Modells über diesen Hörer (ALS-A-posteriori-Varianz): %6.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The ranker gave it a logit of %1, a predicted stream probability of %2 %.</source>
        <translation>Das Ranking-Modell gab ihm einen Logit von %1, also eine vorhergesagte Stream-Wahrscheinlichkeit von %2 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ranker&apos;s logit plus the novelty objective&apos;s bonus for novel tracks came to %1.</source>
        <translation>Der Logit des Ranking-Modells plus der Bonus des Neuheitsziels für neue Titel ergaben %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its stream probability plus the weighted uplift of the listener&apos;s chance to stay, as the value model predicts it, came to %1.</source>
        <translation>Seine Stream-Wahrscheinlichkeit plus der gewichtete Zuwachs der Chance, dass die Person bleibt, wie ihn das Wertmodell vorhersagt, ergaben %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No ranker was trained yet, so it was ranked by its collaborative-filtering score, %1.</source>
        <translation>Es war noch kein Ranking-Modell trainiert, daher wurde er nach seinem Collaborative-Filtering-Wert sortiert: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was ranked with a score of %1.</source>
        <translation>Sein Ranking-Wert war %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;i&gt;Select a candidate to see how it got (or did not get) onto the slate.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie einen Kandidaten, um zu sehen, wie er in die Auswahl kam (oder nicht).&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Track %1</source>
        <translation>Titel %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; by %2 (%3) </source>
        <translation>&lt;b&gt;%1&lt;/b&gt; von %2 (%3) </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no genre label</source>
        <translation>ohne Genre-Angabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was proposed by %1. Its collaborative-filtering score was %2 and its audio features matched what the listener plays in this context with %3. </source>
        <translation>wurde von %1 vorgeschlagen. Sein Collaborative-Filtering-Wert war %2, und seine Audiomerkmale passten mit %3 zu dem, was der Hörer in diesem Kontext spielt. </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The filter &lt;b&gt;%1&lt;/b&gt; removed it, so it was never ranked or shown.</source>
        <translation>Der Filter &lt;b&gt;%1&lt;/b&gt; hat ihn entfernt; er wurde daher nie bewertet oder angezeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It passed every filter. </source>
        <translation>Er hat alle Filter passiert. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 policy added %2 for exploration, for a final score of %3 on the same scale. </source>
        <translation>Die Strategie %1 addierte %2 für Exploration, was einen Endwert von %3 auf derselben Skala ergibt. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slate</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It did not make the slate of %1: other candidates scored higher (or diversity re-ranking preferred others).</source>
        <translation>Er kam nicht in die Auswahl von %1: Andere Kandidaten bekamen höhere Werte (oder die Diversitäts-Umsortierung bevorzugte andere).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was shown at position %1 of %2; the policy puts it there with probability %3 (logged for off-policy evaluation). </source>
        <translation>Er wurde an Position %1 von %2 angezeigt; die Strategie setzt ihn dort mit Wahrscheinlichkeit %3 hin (protokolliert für die Off-Policy-Bewertung). </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The listener &lt;b&gt;streamed&lt;/b&gt; it (at least 30 s).</source>
        <translation>Der Hörer hat ihn &lt;b&gt;gestreamt&lt;/b&gt; (mindestens 30 s).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listener &lt;b&gt;skipped&lt;/b&gt; it.</source>
        <translation>Der Hörer hat ihn &lt;b&gt;übersprungen&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listener did not get to it: lower positions are examined less often (position bias).</source>
        <translation>Der Hörer kam nicht bis dorthin: Weiter unten liegende Positionen werden seltener angesehen (Positions-Bias).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Listener %1 — %2 streams</source>
        <translation>Hörer %1 — %2 Streams</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listener %1 — %2 skips</source>
        <translation>Hörer %1 — %2-mal übersprungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Listener %1</source>
        <translation>Hörer %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Listener %1 — drift %2</source>
        <translation>Hörer %1 — Drift %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(nobody churned on the last day)</source>
        <translation>(am letzten Tag ist niemand abgewandert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(run a day to fill the lists)</source>
        <translation>(simulieren Sie einen Tag, um die Listen zu füllen)</translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="+223"/>
        <source>(no scenarios folder found)</source>
        <translation>(kein Szenario-Ordner gefunden)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listener inspector</source>
        <translation>Hörer-Inspektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smoothing: a moving average over the last days (hover a point for the day&apos;s own value)</source>
        <translation>Glättung: gleitender Mittelwert über die letzten Tage (zeigen Sie auf einen Punkt für den Wert des Tages)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No smoothing</source>
        <translation>Keine Glättung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3-day mean</source>
        <translation>3-Tage-Mittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>7-day mean</source>
        <translation>7-Tage-Mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>14-day mean</source>
        <translation>14-Tage-Mittel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every chart&apos;s whole range again (drag on a chart to zoom; double-click resets one chart)</source>
        <translation>Wieder den ganzen Bereich jedes Diagramms zeigen (zum Zoomen im Diagramm ziehen; Doppelklick setzt ein Diagramm zurück)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Scenario…</source>
        <translation>Szenario &amp;öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a scenario file (JSON) and start it from day 0</source>
        <translation>Eine Szenario-Datei (JSON) laden und ab Tag 0 starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presets</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Scenario As…</source>
        <translation>Szenario &amp;speichern unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the scenario as edited in the panel to a JSON file</source>
        <translation>Das im Bereich bearbeitete Szenario in eine JSON-Datei schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Workspace…</source>
        <translation>&amp;Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the run database (SQLite) that runs are stored in; a new name creates it</source>
        <translation>Die Laufdatenbank (SQLite) wählen, in der Läufe gespeichert werden; ein neuer Name legt sie an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new, empty run database and store runs there</source>
        <translation>Eine neue, leere Laufdatenbank anlegen und Läufe dort speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record Runs</source>
        <translation>Läufe auf&amp;zeichnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store every run in the workspace (from the next run on)</source>
        <translation>Jeden Lauf im Arbeitsbereich speichern (ab dem nächsten Lauf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run Browser</source>
        <translation>&amp;Lauf-Browser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Live Run</source>
        <translation>Zurück zum Live-Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts of This &amp;Tab (PNG and SVG)…</source>
        <translation>Diagramme dieses &amp;Reiters (PNG und SVG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day Metrics as &amp;CSV…</source>
        <translation>Tageskennzahlen als &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard &amp;Report (PNG)…</source>
        <translation>Übersichts&amp;bericht (PNG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply Scenario Changes</source>
        <translation>Szenario-Änderungen &amp;übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the run again from day 0 with the scenario as edited</source>
        <translation>Den Lauf mit dem bearbeiteten Szenario ab Tag 0 neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Live Knobs</source>
        <translation>&amp;Live-Regler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/B &amp;Compare…</source>
        <translation>A/B-&amp;Vergleich…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run two configurations on the same population and seed, side by side</source>
        <translation>Zwei Konfigurationen mit derselben Population und demselben Seed nebeneinander laufen lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tra&amp;de-offs…</source>
        <translation>Ziel&amp;konflikte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a grid of settings on several seeds and draw plays today against listeners later, with the frontier</source>
        <translation>Ein Raster von Einstellungen mit mehreren Seeds rechnen und Wiedergaben heute gegen Hörer später zeichnen, mit der Front</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario &amp;Panel</source>
        <translation>Szenario-&amp;Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Smoothing</source>
        <translation>&amp;Glättung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;Zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find Parameter…</source>
        <translation>Parameter &amp;finden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the scenario panel&apos;s parameters by name</source>
        <translation>Die Parameter der Szenario-Leiste nach Namen filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Tab</source>
        <translation>Gehe zu &amp;Reiter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lesson &amp;Charts</source>
        <translation>&amp;Diagramme der Lektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the tab the scenario&apos;s lesson is about</source>
        <translation>Den Reiter öffnen, um den es in der Lektion des Szenarios geht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric &amp;Glossary</source>
        <translation>&amp;Glossar der Kennzahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About TasteDrift</source>
        <translation>Über &amp;TasteDrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+241"/>
        <source>%1 = %2 from day %3</source>
        <translation>%1 = %2 ab Tag %3</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Preparing the world…</source>
        <translation>Die Welt wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>TasteDrift</source>
        <translation>TasteDrift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — TasteDrift</source>
        <translation>%1 — TasteDrift</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open scenario</source>
        <translation>Szenario kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scenario %1 cannot be used:

%2</source>
        <translation>Das Szenario %1 kann nicht verwendet werden:

%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot save scenario</source>
        <translation>Szenario kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario saved to %1</source>
        <translation>Szenario in %1 gespeichert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>Szenarien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save Scenario As</source>
        <translation>Szenario speichern unter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenarios (*.json)</source>
        <translation>Szenarien (*.json)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported %1 by TasteDrift %2</source>
        <translation>Am %1 von TasteDrift %2 exportiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TasteDrift report</source>
        <translation>TasteDrift-Bericht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Day Metrics</source>
        <translation>Tageskennzahlen exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+20"/>
        <location line="+31"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Day metrics written to %1 (%2 days)</source>
        <translation>Tageskennzahlen in %1 geschrieben (%2 Tage)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Dashboard Report</source>
        <translation>Übersichtsbericht exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export Charts to Folder</source>
        <translation>Diagramme in einen Ordner exportieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Charts exported as PNG and SVG: %1</source>
        <translation>Als PNG und SVG exportierte Diagramme: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This language is not available in this build.</source>
        <translation>Diese Sprache ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Opened the setting %1 from the trade-offs (seed %2)</source>
        <translation>Einstellung %1 aus den Zielkonflikten geöffnet (Seed %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About TasteDrift</source>
        <translation>Über TasteDrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;TasteDrift %1&lt;/h3&gt;&lt;p&gt;A laboratory for music recommendation: synthetic listeners whose taste drifts, a streaming-service recommender serving them, and live charts of what the recommender does to them.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TasteDrift %1&lt;/h3&gt;&lt;p&gt;Ein Labor für Musikempfehlungen: synthetische Hörer, deren Geschmack sich wandelt, ein Empfehlungssystem eines Streamingdienstes, das sie bedient, und Live-Diagramme dessen, was das Empfehlungssystem mit ihnen macht.&lt;/p&gt;&lt;p&gt;Veröffentlicht unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The scenario could not be started</source>
        <translation>Das Szenario konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scenario loaded</source>
        <translation>Kein Szenario geladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready: press Run (Space) to start</source>
        <translation>Bereit: Mit Starten (Leertaste) beginnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finished: every day of the scenario has been simulated</source>
        <translation>Fertig: Alle Tage des Szenarios wurden simuliert</translation>
    </message>
    <message>
        <location line="-347"/>
        <source>Simulation error</source>
        <translation>Simulationsfehler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowworkspace.cpp" line="+68"/>
        <source>Workspace %1 opened</source>
        <translation>Arbeitsbereich %1 geöffnet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No workspace is open: runs are not recorded.</source>
        <translation>Kein Arbeitsbereich geöffnet: Läufe werden nicht aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace %1 stays open.</source>
        <translation>Der Arbeitsbereich %1 bleibt geöffnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be used as a workspace:

%2

%3</source>
        <translation>%1 kann nicht als Arbeitsbereich verwendet werden:

%2

%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run not recorded</source>
        <translation>Lauf nicht aufgezeichnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run goes on but is not stored:

%1</source>
        <translation>Der Lauf geht weiter, wird aber nicht gespeichert:

%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded: %1</source>
        <translation>Nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run databases (*.sqlite *.db);;All files (*)</source>
        <translation>Laufdatenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 already exists: it is opened, not replaced</source>
        <translation>%1 existiert bereits: Die Datei wird geöffnet, nicht ersetzt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs are not recorded (File &gt; Open Workspace)</source>
        <translation>Läufe werden nicht aufgezeichnet (Datei &gt; Arbeitsbereich öffnen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recording run %1</source>
        <translation>Lauf %1 wird aufgezeichnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recording off</source>
        <translation>Aufzeichnung aus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+369"/>
        <source>Stored run %1 “%2” (%3, %4 of %5 days), read-only. The live run waits.</source>
        <translation>Gespeicherter Lauf %1 „%2“ (%3, %4 von %5 Tagen), schreibgeschützt. Der Live-Lauf wartet.</translation>
    </message>
</context>
<context>
    <name>td::ui::RunBrowser</name>
    <message>
        <location filename="../ui/runs/runbrowser.cpp" line="+174"/>
        <location line="+260"/>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>Run %1 renamed to “%2”.</source>
        <translation>Lauf %1 in „%2“ umbenannt.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Run %1 is the run being recorded now; it can be deleted when it is done (or after Reset).</source>
        <translation>Lauf %1 wird gerade aufgezeichnet; er kann gelöscht werden, wenn er beendet ist (oder nach Zurücksetzen).</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Run %1 deleted.</source>
        <translation>Lauf %1 gelöscht.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Delete Run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete run %1 “%2” with all its stored days? This cannot be undone.</source>
        <translation>Lauf %1 „%2“ mit allen gespeicherten Tagen löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading run %1…</source>
        <translation>Lauf %1 wird geladen…</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Run %1 drawn dashed on the charts.</source>
        <translation>Lauf %1 gestrichelt in die Diagramme gezeichnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 shown in the dashboard (read-only).</source>
        <translation>Lauf %1 in der Übersicht angezeigt (schreibgeschützt).</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Replaying run %1…</source>
        <translation>Lauf %1 wird nachsimuliert…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Replay of run %1 cancelled.</source>
        <translation>Nachsimulation von Lauf %1 abgebrochen.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Replay of run %1 failed: %2</source>
        <translation>Nachsimulation von Lauf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Run %1: all %2 days match (%3 values identical)</source>
        <translation>Lauf %1: alle %2 Tage stimmen überein (%3 Werte identisch)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; %1 newer metrics were not stored and not compared</source>
        <translation>; %1 neuere Kennzahlen waren nicht gespeichert und wurden nicht verglichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 does not replay: first mismatch on day %2, metric %3: stored %4, replayed %5</source>
        <translation>Lauf %1 lässt sich nicht reproduzieren: erste Abweichung an Tag %2, Kennzahl %3: gespeichert %4, nachsimuliert %5</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Run %1 was not replayed: it was recorded by simulation model %2, this build is %3: numbers are expected to differ.</source>
        <translation>Lauf %1 wurde nicht nachsimuliert: aufgezeichnet mit Simulationsmodell %2, dieser Build hat %3: die Zahlen werden voneinander abweichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run %1 was not replayed: its plugin &apos;%2&apos; changed since it was recorded (SHA-256 %3, now %4): numbers are expected to differ.</source>
        <translation>Lauf %1 wurde nicht wiederholt: sein Plugin &apos;%2&apos; hat sich seit der Aufzeichnung geändert (SHA-256 %3, jetzt %4): andere Zahlen sind zu erwarten.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the stored run&apos;s day metrics in the dashboard, read-only (the live run is paused; Back to Live Run returns)</source>
        <translation>Die Tageskennzahlen des gespeicherten Laufs schreibgeschützt in der Übersicht zeigen (der Live-Lauf wird angehalten; „Zurück zum Live-Lauf“ kehrt zurück)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overlay</source>
        <translation>Überlagern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the stored run dashed on the charts, to compare with the run shown</source>
        <translation>Den gespeicherten Lauf gestrichelt in die Diagramme zeichnen, zum Vergleich mit dem angezeigten Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Overlay</source>
        <translation>Überlagerung entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay</source>
        <translation>Nachsimulieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulate the run again from its scenario, seed and live changes and compare every stored value bit for bit</source>
        <translation>Den Lauf aus seinem Szenario, Seed und seinen Live-Änderungen erneut simulieren und jeden gespeicherten Wert Bit für Bit vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the run&apos;s name (F2)</source>
        <translation>Den Namen des Laufs bearbeiten (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the run and everything stored for it</source>
        <translation>Den Lauf und alles dazu Gespeicherte löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>td::ui::RunHistory</name>
    <message>
        <location filename="../ui/session/runhistory.cpp" line="+51"/>
        <source>Day %1: %2 set to %3</source>
        <translation>Tag %1: %2 auf %3 gesetzt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>taste shock</source>
        <translation>Geschmacksschock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day %1: scheduled taste shock (%2 of listeners)</source>
        <translation>Tag %1: geplanter Geschmacksschock (%2 der Hörer)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day %1: scheduled change, %2 set to %3</source>
        <translation>Tag %1: geplante Änderung, %2 auf %3 gesetzt</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
</context>
<context>
    <name>td::ui::RunSession</name>
    <message>
        <location filename="../ui/session/runsession.cpp" line="+160"/>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stored run %1 “%2” (%3), day %4 of %5</source>
        <translation>Gespeicherter Lauf %1 „%2“ (%3), Tag %4 von %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day %1 of %2 · seed %3 · %4 listeners at the start · recommender: %5</source>
        <translation>Tag %1 von %2 · Seed %3 · %4 Hörer zu Beginn · Empfehlungssystem: %5</translation>
    </message>
</context>
<context>
    <name>td::ui::RunTableModel</name>
    <message>
        <location filename="../ui/runs/runtablemodel.cpp" line="+16"/>
        <source>recording</source>
        <translation>wird aufgezeichnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Being recorded by this window&apos;s run</source>
        <translation>Wird vom Lauf dieses Fensters aufgezeichnet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Seed (Startwert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days stored</source>
        <translation>Gespeicherte Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>td::ui::RunToolBar</name>
    <message>
        <location filename="../ui/runtoolbar.cpp" line="+28"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Run controls</source>
        <translation>Laufsteuerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run the simulation day after day</source>
        <translation>Die Simulation Tag für Tag laufen lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause after the day in progress</source>
        <translation>Nach dem laufenden Tag anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step One Day</source>
        <translation>&amp;Einen Tag weiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Simulate exactly one more day, then pause</source>
        <translation>Genau einen weiteren Tag simulieren, dann anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rese&amp;t</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the scenario again from day 0</source>
        <translation>Das Szenario ab Tag 0 neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated days per second</source>
        <translation>Simulierte Tage pro Sekunde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As fast as possible</source>
        <translation>So schnell wie möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day per second</source>
        <translation>1 Tag pro Sekunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days per second</source>
        <translation>%1 Tage pro Sekunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Days simulated / days in the scenario</source>
        <translation>Simulierte Tage / Tage im Szenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulation speed: listeners simulated for one day, per second of wall-clock time</source>
        <translation>Simulationstempo: für einen Tag simulierte Hörer pro Sekunde Echtzeit</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Day %1 / %2</source>
        <translation>Tag %1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 days</source>
        <translation>%1 von %2 Tagen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 listener-days/s</source>
        <translation>%1 Hörertage/s</translation>
    </message>
</context>
<context>
    <name>td::ui::ScenarioPanel</name>
    <message>
        <location filename="../ui/scenario/scenariopanel.cpp" line="+206"/>
        <source>Filter parameters…</source>
        <translation>Einstellungen filtern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some changes apply only when the run starts again.</source>
        <translation>Manche Änderungen gelten erst, wenn der Lauf neu startet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;&amp; Reset</source>
        <translation>Übernehmen &amp;&amp; neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the run again from day 0 with the edited scenario</source>
        <translation>Den Lauf mit dem bearbeiteten Szenario ab Tag 0 neu starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These knobs can change while the run goes on. A change applies from the next simulated day and is marked on every chart.</source>
        <translation>Diese Regler lassen sich während des Laufs ändern. Eine Änderung gilt ab dem nächsten simulierten Tag und wird in jedem Diagramm markiert.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Live knobs</source>
        <translation>Live-Regler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Lesson: where to look</source>
        <translation>Lektion: wohin schauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the &amp;Charts</source>
        <translation>&amp;Diagramme zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show “%1”</source>
        <translation>„%1“ zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the lesson&apos;s tab; its charts are framed</source>
        <translation>Den Reiter der Lektion öffnen; ihre Diagramme sind umrahmt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in scenario</source>
        <translation>Eingebautes Szenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::ScheduleEditor</name>
    <message>
        <location filename="../ui/scenario/scheduleeditor.cpp" line="+66"/>
        <source>Dated events of the run. &lt;b&gt;set&lt;/b&gt; changes a live knob at the start of a day; &lt;b&gt;taste_shock&lt;/b&gt; moves a share of listeners toward a genre (-1: a random genre each). Day 0 is the first simulated day.</source>
        <translation>Datierte Ereignisse des Laufs. &lt;b&gt;set&lt;/b&gt; ändert zu Beginn eines Tages einen Live-Regler; &lt;b&gt;taste_shock&lt;/b&gt; lenkt einen Anteil der Hörer zu einem Genre (-1: jeweils ein zufälliges Genre). Tag 0 ist der erste simulierte Tag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Row %1: the day must be a whole number.</source>
        <translation>Zeile %1: Der Tag muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Row %1: share, genre and strength must be numbers.</source>
        <translation>Zeile %1: Anteil, Genre und Stärke müssen Zahlen sein.</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticEditor</name>
    <message>
        <location filename="../ui/tradeoffs/statisticeditor.cpp" line="+122"/>
        <source>the last day</source>
        <translation>dem letzten Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+28"/>
        <source>last</source>
        <translation>letzter</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1, sum over days %2–%3</source>
        <translation>%1, Summe über die Tage %2–%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, mean per day over days %2–%3</source>
        <translation>%1, Mittelwert je Tag über die Tage %2–%3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>sum over the days</source>
        <translation>Summe über die Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean per day over the days</source>
        <translation>Mittelwert je Tag über die Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sum needs the metric on every day of the window; a mean uses the days on which it is defined. One day: the same day twice.</source>
        <translation>Eine Summe braucht die Kennzahl an jedem Tag des Fensters; ein Mittelwert nutzt die Tage, an denen sie definiert ist. Ein einzelner Tag: zweimal derselbe Tag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from day</source>
        <translation>von Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days as the charts count them, 1 = the first simulated day; &quot;last&quot; = the run&apos;s last day</source>
        <translation>Tage wie in den Diagrammen gezählt, 1 = der erste simulierte Tag; „letzter“ = der letzte Tag des Laufs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lower is better</source>
        <translation>weniger ist besser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the frontier: whether less of this metric is the better end (e.g. churn)</source>
        <translation>Für die Front: ob weniger von dieser Kennzahl das bessere Ende ist (z. B. Abwanderung)</translation>
    </message>
</context>
<context>
    <name>td::ui::TasteBeliefChart</name>
    <message>
        <location filename="../ui/charts/tastebeliefchart.cpp" line="+34"/>
        <source>its content profile of the listener in this context</source>
        <translation>sein Inhaltsprofil des Hörers in diesem Kontext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean of its top %1 tracks by CF score (context-free)</source>
        <translation>Mittel seiner besten %1 Titel nach CF-Wert (kontextfrei)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The listening context: taste shifts with it (e.g. workout raises energy and tempo)</source>
        <translation>Der Hörkontext: Der Geschmack verschiebt sich mit ihm (z. B. hebt Training Energie und Tempo)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scale %1; hover a bar for raw values</source>
        <translation>Skala %1; für Rohwerte auf einen Balken zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a listener and run a day.</source>
        <translation>Wählen Sie einen Hörer und simulieren Sie einen Tag.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>True taste vs the model&apos;s belief — %1</source>
        <translation>Wahrer Geschmack gegenüber der Einschätzung des Modells — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True taste (top %1 tracks)</source>
        <translation>Wahrer Geschmack (beste %1 Titel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>Model&apos;s belief</source>
        <translation>Einschätzung des Modells</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Model&apos;s belief (content profile)</source>
        <translation>Einschätzung des Modells (Inhaltsprofil)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model&apos;s belief (CF top %1)</source>
        <translation>Einschätzung des Modells (CF, beste %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 recommender keeps no belief about listeners: only their true taste is drawn.</source>
        <translation>Das Empfehlungssystem %1 hat keine Einschätzung der Hörer: Nur ihr wahrer Geschmack wird gezeichnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 recommender has no belief about this listener in this context yet (no model vector before its first retraining, too few streams here).</source>
        <translation>Das Empfehlungssystem %1 hat noch keine Einschätzung dieses Hörers in diesem Kontext (kein Modellvektor vor dem ersten Neutraining, zu wenige Streams hier).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>True taste: %1 (mean of the %2 tracks the listener would love most here)</source>
        <translation>Wahrer Geschmack: %1 (Mittel der %2 Titel, die der Hörer hier am meisten lieben würde)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model&apos;s belief: none</source>
        <translation>Einschätzung des Modells: keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model&apos;s belief: %1 (%2)</source>
        <translation>Einschätzung des Modells: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>td::ui::TimeChart</name>
    <message>
        <location filename="../ui/charts/timechart.cpp" line="+560"/>
        <source>Day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1-day mean; that day: %2</source>
        <translation>%1-Tage-Mittel; an diesem Tag: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy Image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as PNG or SVG…</source>
        <translation>Als PNG oder SVG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/charts/timechartframe.cpp" line="+55"/>
        <source>Highlighted: the scenario&apos;s lesson is about this chart</source>
        <translation>Hervorgehoben: Die Lektion des Szenarios handelt von diesem Diagramm</translation>
    </message>
</context>
<context>
    <name>td::ui::TraceModel</name>
    <message>
        <location filename="../ui/inspector/tracemodel.cpp" line="+111"/>
        <source>Track %1</source>
        <translation>Titel %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no label)</source>
        <translation>(ohne Angabe)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not shown</source>
        <translation>Nicht angezeigt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Position on the slate (1 = top); empty if not shown</source>
        <translation>Position in der Auswahl (1 = oben); leer, wenn nicht angezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candidate sources that proposed the track</source>
        <translation>Kandidatenquellen, die den Titel vorgeschlagen haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collaborative-filtering score: inner product of the ALS listener and track vectors</source>
        <translation>Collaborative-Filtering-Wert: Skalarprodukt der ALS-Vektoren von Hörer und Titel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Similarity of the track&apos;s audio features to what the listener played in this context</source>
        <translation>Ähnlichkeit der Audiomerkmale des Titels zu dem, was der Hörer in diesem Kontext gespielt hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The logistic ranker&apos;s logit: the log-odds that the listener streams the track (≥ 30 s); 0 means even odds</source>
        <translation>Logit des logistischen Ranking-Modells: die Log-Odds, dass der Hörer den Titel streamt (≥ 30 s); 0 bedeutet 50:50</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logistic ranker&apos;s logit plus the novelty objective&apos;s weight on novel tracks</source>
        <translation>Logit des logistischen Ranking-Modells plus das Gewicht des Neuheitsziels für neue Titel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The retention objective: the stream probability (the CF score before a ranker is trained) plus the objective weight times the value model&apos;s uplift of the listener&apos;s chance to stay</source>
        <translation>Das Bindungsziel: die Stream-Wahrscheinlichkeit (vor dem ersten Training des Ranking-Modells der CF-Wert) plus das Zielgewicht mal dem Zuwachs der Chance, dass die Person bleibt, laut Wertmodell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No trained ranker yet: candidates are ranked by their collaborative-filtering score</source>
        <translation>Noch kein trainiertes Ranking-Modell: Kandidaten werden nach ihrem Collaborative-Filtering-Wert sortiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The score the candidates were ranked by</source>
        <translation>Der Wert, nach dem die Kandidaten sortiert wurden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ranker&apos;s predicted probability of a stream, σ(logit) = 1 / (1 + e^−logit)</source>
        <translation>Vom Ranking-Modell vorhergesagte Stream-Wahrscheinlichkeit, σ(logit) = 1 / (1 + e^−logit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the exploration policy added to the ranker score (uncertainty bonus, sampled noise)</source>
        <translation>Was die Explorationsstrategie zum Ranking-Wert addiert hat (Unsicherheitsbonus, gezogenes Rauschen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score the policy ordered the slate by</source>
        <translation>Wert, nach dem die Strategie die Auswahl geordnet hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability that the policy shows this track at this position (logged for off-policy evaluation)</source>
        <translation>Wahrscheinlichkeit, mit der die Strategie diesen Titel an dieser Position zeigt (für die Off-Policy-Bewertung protokolliert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The filter that removed the candidate, if any</source>
        <translation>Der Filter, der den Kandidaten entfernt hat, falls einer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the listener did with the shown track</source>
        <translation>Was der Hörer mit dem angezeigten Titel gemacht hat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pos.</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Artist</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CF score</source>
        <translation>CF-Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ranker logit</source>
        <translation>Ranking-Logit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logit + novelty</source>
        <translation>Logit + Neuheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream + value</source>
        <translation>Stream + Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank score (CF)</source>
        <translation>Ranking-Wert (CF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank score</source>
        <translation>Ranking-Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P(stream)</source>
        <translation>P(Stream)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exploration</source>
        <translation>Exploration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final</source>
        <translation>Endwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Propensity</source>
        <translation>Neigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed by</source>
        <translation>Entfernt durch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>td::ui::TradeoffWindow</name>
    <message>
        <location filename="../ui/tradeoffs/tradeoffwindow.cpp" line="+228"/>
        <source>%1 of %2 runs</source>
        <translation>%1 von %2 Läufen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled: %1 of %2 runs complete; the settings with complete runs are drawn.</source>
        <translation>Abgebrochen: %1 von %2 Läufen vollständig; die Einstellungen mit vollständigen Läufen werden gezeichnet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 holds no sweep with a complete run.</source>
        <translation>%1 enthält keinen Sweep mit einem vollständigen Lauf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 — %2 — %3 settings × %4 seeds</source>
        <translation>%1 — %2 — %3 Einstellungen × %4 Seeds</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trade-offs — TasteDrift</source>
        <translation>Zielkonflikte — TasteDrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings to compare</source>
        <translation>Zu vergleichende Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knob &amp;1:</source>
        <translation>Regler &amp;1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knob &amp;2:</source>
        <translation>Regler &amp;2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Values:</source>
        <translation>&amp;Werte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;alues:</source>
        <translation>Wert&amp;e:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 0, 0.1, 0.2, 0.3</source>
        <translation>z. B. 0, 0.1, 0.2, 0.3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated values of the knob; every value of knob 1 runs with every value of knob 2</source>
        <translation>Werte des Reglers, durch Kommas getrennt (Dezimalpunkt); jeder Wert von Regler 1 läuft mit jedem Wert von Regler 2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;eeds per setting:</source>
        <translation>Seeds je Einstell&amp;ung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every setting runs on these seeds (the scenario&apos;s seed and the next ones); the error bars are 95 % intervals of the mean</source>
        <translation>Jede Einstellung läuft mit diesen Seeds (dem Seed des Szenarios und den folgenden); die Fehlerbalken sind 95-%-Intervalle des Mittelwerts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Short term (x axis)</source>
        <translation>Kurzfristig (x-Achse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Short term:</source>
        <translation>&amp;Kurzfristig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long term (y axis)</source>
        <translation>Langfristig (y-Achse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Long term:</source>
        <translation>&amp;Langfristig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run Grid</source>
        <translation>Raster &amp;rechnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Sweep…</source>
        <translation>Sweep ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a sweep recorded earlier: of the workspace, or of any run database (e.g. made with tastedrift-cli sweep)</source>
        <translation>Einen früher aufgezeichneten Sweep zeichnen: aus dem Arbeitsbereich oder aus einer beliebigen Laufdatenbank (z. B. mit tastedrift-cli sweep erstellt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in &amp;Main Window</source>
        <translation>Im &amp;Hauptfenster öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the selected setting into the main window (also: click its point)</source>
        <translation>Die gewählte Einstellung ins Hauptfenster laden (oder: auf ihren Punkt klicken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short term (mean ± 95 %)</source>
        <translation>Kurzfristig (Mittelwert ± 95 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long term (mean ± 95 %)</source>
        <translation>Langfristig (Mittelwert ± 95 %)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>On the frontier</source>
        <translation>Auf der Front</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dominated (hollow)</source>
        <translation>Dominiert (hohl)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frontier</source>
        <translation>Front</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A grid is already running.</source>
        <translation>Es läuft bereits ein Raster.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Knob %1 (%2) has no values.</source>
        <translation>Regler %1 (%2) hat keine Werte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running %1 settings × %2 seeds …</source>
        <translation>%1 Einstellungen × %2 Seeds laufen …</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Open a Sweep</source>
        <translation>Einen Sweep öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run databases (*.sqlite *.db);;All files (*)</source>
        <translation>Laufdatenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/tradeoffs/tradeoffwindowresults.cpp" line="+53"/>
        <source>a temporary database (no workspace is open)</source>
        <translation>einer temporären Datenbank (kein Arbeitsbereich ist geöffnet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweep %1 in %2: %3 settings, %4 complete runs.</source>
        <translation>Sweep %1 in %2: %3 Einstellungen, %4 vollständige Läufe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 incomplete runs are left out.</source>
        <translation>%1 unvollständige Läufe bleiben außen vor.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>base scenario</source>
        <translation>Grundszenario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trade-off: %1 against %2</source>
        <translation>Zielkonflikt: %1 gegen %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose knobs and values, then Run Grid (or Open Sweep…).</source>
        <translation>Regler und Werte wählen, dann Raster rechnen (oder Sweep öffnen…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No setting has a value for both statistics: see the note.</source>
        <translation>Keine Einstellung hat einen Wert für beide Statistiken: siehe den Hinweis.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>On the frontier. Click to open it in the main window.</source>
        <translation>Auf der Front. Klicken öffnet sie im Hauptfenster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominated. Click to open it in the main window.</source>
        <translation>Dominiert. Klicken öffnet sie im Hauptfenster.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 settings have no value for a statistic and are not drawn: is the window of days longer than the runs, or the metric undefined for them?</source>
        <translation>%1 Einstellungen haben keinen Wert für eine Statistik und werden nicht gezeichnet: Ist das Tagesfenster länger als die Läufe, oder ist die Kennzahl für sie nicht definiert?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every setting gave exactly the same numbers: does the knob act in this scenario? (e.g. policy.epsilon acts only with policy.kind = epsilon_greedy)</source>
        <translation>Jede Einstellung ergab genau dieselben Zahlen: Wirkt der Regler in diesem Szenario? (z. B. wirkt policy.epsilon nur mit policy.kind = epsilon_greedy)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points are means over the seeds, bars their 95 % intervals; dominance is decided on the means, so a hollow point whose bars overlap a filled one may not be worse in truth.</source>
        <translation>Punkte sind Mittelwerte über die Seeds, Balken ihre 95-%-Intervalle; über Dominanz entscheiden die Mittelwerte, daher ist ein hohler Punkt, dessen Balken einen gefüllten überlappen, in Wahrheit vielleicht nicht schlechter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot open this setting: %1</source>
        <translation>Diese Einstellung lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <location filename="../ui/tradeoffs/tradeoffwindow.cpp" line="+19"/>
        <source>No workspace is open: the grid&apos;s runs go to a temporary database until this window closes.</source>
        <translation>Kein Arbeitsbereich ist geöffnet: Die Läufe des Rasters kommen in eine temporäre Datenbank, bis dieses Fenster geschlossen wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The grid&apos;s runs are recorded in the workspace as one sweep.</source>
        <translation>Die Läufe des Rasters werden im Arbeitsbereich als ein Sweep aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>td::ui::Vocabulary</name>
    <message>
        <location filename="../ui/vocabulary.cpp" line="+27"/>
        <source>Collaborative filtering</source>
        <translation>Kollaboratives Filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio-feature neighbours</source>
        <translation>Nachbarn nach Audiomerkmalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similar to last played</source>
        <translation>Ähnlich wie zuletzt gespielt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trending</source>
        <translation>Im Trend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from followed artists</source>
        <translation>Neues von gefolgten Künstlern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New releases</source>
        <translation>Neuerscheinungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random exploration</source>
        <translation>Zufällige Exploration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blocked artist</source>
        <translation>Gesperrter Künstler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped recently</source>
        <translation>Kürzlich übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heard recently</source>
        <translation>Kürzlich gehört</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heard before</source>
        <translation>Schon gehört</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explicit content off</source>
        <translation>Explizite Inhalte aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artist cap per slate</source>
        <translation>Höchstzahl je Künstler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No context</source>
        <translation>Kein Kontext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commute</source>
        <translation>Pendeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus</source>
        <translation>Konzentration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workout</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening</source>
        <translation>Abend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep</source>
        <translation>Schlafen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discover Weekly</source>
        <translation>Mix der Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release Radar</source>
        <translation>Neuheiten-Radar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search and library</source>
        <translation>Suche und Bibliothek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Streamed</source>
        <translation>Gestreamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not examined</source>
        <translation>Nicht angesehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Greedy</source>
        <translation>Gierig (greedy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ε-greedy</source>
        <translation>ε-gierig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Softmax (Plackett–Luce)</source>
        <translation>Softmax-Ziehung (Plackett–Luce)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UCB</source>
        <translation>Obere Konfidenzschranke (UCB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thompson sampling</source>
        <translation>Thompson-Ziehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinUCB</source>
        <translation>Lineare UCB (LinUCB)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most popular</source>
        <translation>Am beliebtesten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oracle (knows the truth)</source>
        <translation>Orakel (kennt die Wahrheit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full pipeline</source>
        <translation>Vollständige Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugin library</source>
        <translation>Plugin-Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream chance</source>
        <translation>Stream-Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Novelty bonus</source>
        <translation>Neuheitsbonus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learned retention</source>
        <translation>Gelernte Bindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logistic ranker</source>
        <translation>Logistisches Ranking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CF score only</source>
        <translation>Nur CF-Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>Generiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default policy (inherit)</source>
        <translation>Standardstrategie (übernehmen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Danceability</source>
        <translation>Tanzbarkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+130"/>
        <source>Valence</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Acousticness</source>
        <translation>Akustik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instrumentalness</source>
        <translation>Instrumentalität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speechiness</source>
        <translation>Sprachanteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liveness</source>
        <translation>Live-Charakter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <source>Tempo</source>
        <translation>Tempo (BPM)</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+130"/>
        <source>Loudness</source>
        <translation>Lautheit</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listeners</source>
        <translation>Hörer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listeners/day</source>
        <translation>Hörer/Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tracks</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>genres</source>
        <translation>Genres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sub-genres</source>
        <translation>Subgenres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>std. dev.</source>
        <translation>Std.-Abw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latent units</source>
        <translation>latente Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latent units/day</source>
        <translation>latente Einheiten/Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions/day</source>
        <translation>Sitzungen/Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logit</source>
        <translation>Logit-Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logit per unit</source>
        <translation>Logit je Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per position</source>
        <translation>je Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per track</source>
        <translation>je Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per skip</source>
        <translation>je Überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per session</source>
        <translation>je Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>utility</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence</source>
        <translation>Evidenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>factors</source>
        <translation>Faktoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plays</source>
        <translation>Wiedergaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bits</source>
        <translation>Bit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share per day</source>
        <translation>Anteil pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draws</source>
        <translation>Ziehungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variance</source>
        <translation>Varianz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>streams per impression</source>
        <translation>Streams pro Einblendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>World</source>
        <translation>Welt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listeners &amp; drift</source>
        <translation>Hörer &amp; Drift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>Empfehlungs-Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exploration</source>
        <translation>Exploration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Popularity chart</source>
        <translation>Beliebtheits-Charts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uniform sample</source>
        <translation>Gleichverteilte Stichprobe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True utility (oracle)</source>
        <translation>Wahrer Nutzen (Orakel)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Dance</source>
        <translation>Tanzbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acoustic</source>
        <translation>Akustik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instrum.</source>
        <translation>Instrum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>Live-Anteil</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>logistic ranker</source>
        <translation>logistisches Ranking</translation>
    </message>
</context>
</TS>
