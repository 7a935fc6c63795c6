<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <translation>TasteDrift: un laboratorio de recomendación musical con gráficos en vivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scenario to load (default: the last one opened, or scenarios/default.json).</source>
        <translation>Escenario que cargar (por defecto: el último abierto o scenarios/default.json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Override run.days: simulate N days.</source>
        <translation>Sustituye run.days: simula N días.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>N</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Start running at once instead of paused.</source>
        <translation>Empezar a ejecutar enseguida en lugar de en pausa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run every day, save the window as an image, exit.</source>
        <translation>Simular todos los días, guardar la ventana como imagen y salir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT.png</source>
        <translation>SALIDA.png</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TAB</source>
        <translation>PESTAÑA</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Show this tab: engagement, feedback, diversity, certainty, funnel or inspector (with --screenshot: save only that tab), or runs: the run browser (with --screenshot: the whole window).</source>
        <translation>Mostrar esta pestaña: engagement, feedback, diversity, certainty, funnel o inspector (con --screenshot: guardar solo esa pestaña), o runs: el explorador de ejecuciones (con --screenshot: toda la ventana).</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>--listener %1: no such listener in this run (ids 0 to %2 on the last day)</source>
        <translation>--listener %1: no hay tal oyente en esta ejecución (ids 0 a %2 el último día)</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>--grid %1: %2</source>
        <translation>--grid %1: %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Inspect this listener from day 1 (default with --tab inspector: 0; an inspector screenshot follows the listener with the most streams on day 1).</source>
        <translation>Inspeccionar a este oyente desde el día 1 (por defecto con --tab inspector: 0; una captura del inspector sigue al oyente con más escuchas el día 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <source>ID</source>
        <translation>NÚM</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>User interface language: en, de or es (default: the saved choice, else the system&apos;s).</source>
        <translation>Idioma de la interfaz: en, de o es (por defecto: la elección guardada o la del sistema).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the A/B window with configuration B = the scenario plus this change (repeatable; with --screenshot: run both and save that window).</source>
        <translation>Abrir la ventana A/B con la configuración B = el escenario más este cambio (repetible; con --screenshot: ejecutar ambas y guardar esa ventana).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PATH=VALUE</source>
        <translation>RUTA=VALOR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run database to record runs in and browse (created if missing; default: the last one opened, else runs.sqlite in the application-data folder; screenshots record only with this option).</source>
        <translation>Base de datos de ejecuciones en la que registrarlas y explorarlas (se crea si no existe; por defecto: la última abierta o, si no, runs.sqlite en la carpeta de datos de la aplicación; las capturas solo registran con esta opción).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Metric shown in the A/B window (e.g. skip_rate).</source>
        <translation>Métrica mostrada en la ventana A/B (p. ej. skip_rate).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>MÉTRICA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --compare: run both configurations on N seeds and show their means, intervals and paired differences; with --grid: seeds per setting (default 5).</source>
        <translation>Con --compare: ejecutar ambas configuraciones con N semillas y mostrar sus medias, intervalos y diferencias emparejadas; con --grid: semillas por ajuste (por defecto 5).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the Trade-offs window with this knob and its values (at most twice; with --screenshot: run the grid and save that window).</source>
        <translation>Abrir la ventana «Compromisos» con este parámetro y sus valores (como mucho dos veces; con --screenshot: ejecutar la rejilla y guardar esa ventana).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PATH=V1,V2,...</source>
        <translation>RUTA=V1,V2,...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw run ID of the workspace dashed on the charts (run browser: Overlay).</source>
        <translation>Dibujar con línea discontinua en los gráficos la ejecución NÚM del espacio de trabajo (explorador de ejecuciones: Superponer).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenario file to open (like --scenario).</source>
        <translation>Archivo de escenario que abrir (como --scenario).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[FILE]</source>
        <translation>[ARCHIVO]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--language: expected one of %1, got &apos;%2&apos;</source>
        <translation>--language: se esperaba uno de %1, se recibió &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--metric chooses the metric of the A/B window: it needs --compare</source>
        <translation>--metric elige la métrica de la ventana A/B: necesita --compare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--metric: unknown metric &apos;%1&apos; (the columns of &apos;tastedrift-cli metrics&apos;, e.g. skip_rate)</source>
        <translation>--metric: métrica desconocida &apos;%1&apos; (las columnas de &apos;tastedrift-cli metrics&apos;, p. ej. skip_rate)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--replicates: expected a number of seeds &gt;= 2, got &apos;%1&apos;</source>
        <translation>--replicates: se esperaba un número de semillas &gt;= 2, se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--replicates needs --compare (A/B with replicates) or --grid (trade-offs)</source>
        <translation>--replicates necesita --compare (A/B con réplicas) o --grid (compromisos)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--grid: at most two knobs</source>
        <translation>--grid: como mucho dos parámetros</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--grid and --compare open different windows: give one of them</source>
        <translation>--grid y --compare abren ventanas distintas: indique solo una de las dos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--tab: expected one of %1, got &apos;%2&apos;</source>
        <translation>--tab: se esperaba uno de %1, se recibió &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--listener: expected an id &gt;= 0, got &apos;%1&apos;</source>
        <translation>--listener: se esperaba un número &gt;= 0, se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--overlay: expected a run id &gt;= 1, got &apos;%1&apos;</source>
        <translation>--overlay: se esperaba un número de ejecución &gt;= 1, se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--overlay: a screenshot opens no workspace of its own; give --workspace FILE</source>
        <translation>--overlay: una captura no abre ningún espacio de trabajo propio; indique --workspace ARCHIVO</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--listener: no listener %1 in this scenario (%2 listeners, ids 0 to %3, and no arrivals)</source>
        <translation>--listener: no hay oyente %1 en este escenario (%2 oyentes, ids 0 a %3, y sin llegadas)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--workspace %1: %2</source>
        <translation>--workspace %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot load scenario %1: %2</source>
        <translation>No se puede cargar el escenario %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot load scenario</source>
        <translation>No se puede cargar el escenario</translation>
    </message>
</context>
<context>
    <name>td::MetricCatalog</name>
    <message>
        <location filename="../ui/coretextstable.cpp" line="+733"/>
        <source>listeners with at least one session today</source>
        <extracomment>description of metric column active_listeners (unit: listeners)</extracomment>
        <translation>oyentes con al menos una sesión hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listeners signed up and not churned at the end of the day</source>
        <extracomment>description of metric column population (unit: listeners)</extracomment>
        <translation>oyentes dados de alta y sin baja al final del día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new listeners who signed up today</source>
        <extracomment>description of metric column arrivals (unit: listeners)</extracomment>
        <translation>oyentes nuevos que se dieron de alta hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listening sessions started today</source>
        <extracomment>description of metric column sessions (unit: sessions)</extracomment>
        <translation>sesiones de escucha iniciadas hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tracks started today (streams + skips), all surfaces</source>
        <extracomment>description of metric column plays (unit: plays)</extracomment>
        <translation>pistas iniciadas hoy (escuchas + saltos), todas las superficies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plays of at least 30 s, all surfaces</source>
        <extracomment>description of metric column streams (unit: plays)</extracomment>
        <translation>reproducciones de al menos 30 s, todas las superficies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skips / plays over all surfaces, organic included</source>
        <extracomment>description of metric column skip_rate (unit: share)</extracomment>
        <translation>saltos / reproducciones en todas las superficies, incluidas las orgánicas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean listened fraction of track duration over plays</source>
        <extracomment>description of metric column listen_through (unit: share)</extracomment>
        <translation>fracción media escuchada de la duración de la pista, sobre las reproducciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tracks saved to the library today</source>
        <extracomment>description of metric column saves (unit: actions)</extracomment>
        <translation>pistas guardadas hoy en la biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean plays per session</source>
        <extracomment>description of metric column session_length (unit: tracks)</extracomment>
        <translation>reproducciones medias por sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listeners who churned today</source>
        <extracomment>description of metric column churned (unit: listeners)</extracomment>
        <translation>oyentes que se dieron de baja hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>churned / population at the start of the day</source>
        <extracomment>description of metric column churn_rate (unit: share/day)</extracomment>
        <translation>bajas / población al inicio del día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>churned listeners who came back today</source>
        <extracomment>description of metric column winbacks (unit: listeners)</extracomment>
        <translation>oyentes dados de baja que volvieron hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean satisfaction of listeners not churned</source>
        <extracomment>description of metric column mean_satisfaction (unit: 0..1)</extracomment>
        <translation>satisfacción media de los oyentes sin baja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>25th percentile of satisfaction (not churned)</source>
        <extracomment>description of metric column satisfaction_p25 (unit: 0..1)</extracomment>
        <translation>percentil 25 de la satisfacción (sin baja)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>median satisfaction (not churned)</source>
        <extracomment>description of metric column satisfaction_p50 (unit: 0..1)</extracomment>
        <translation>mediana de la satisfacción (sin baja)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>75th percentile of satisfaction (not churned)</source>
        <extracomment>description of metric column satisfaction_p75 (unit: 0..1)</extracomment>
        <translation>percentil 75 de la satisfacción (sin baja)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cumulative premium listener-days active so far</source>
        <extracomment>description of metric column ltv_premium_days (unit: days)</extracomment>
        <translation>días-oyente premium activos acumulados hasta ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of streams that came from recommendations</source>
        <extracomment>description of metric column rec_share (unit: share)</extracomment>
        <translation>proporción de escuchas que vinieron de recomendaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of shown slate items the policy explored</source>
        <extracomment>description of metric column exploration_share (unit: share)</extracomment>
        <translation>proporción de elementos mostrados de la lista que la política exploró</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of the model&apos;s training evidence caused by its own recommendations</source>
        <extracomment>description of metric column self_caused_evidence (unit: share)</extracomment>
        <translation>proporción de la evidencia de entrenamiento del modelo causada por sus propias recomendaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean true-popularity percentile of shown tracks (catalogue = 0.5)</source>
        <extracomment>description of metric column popularity_bias_rec (unit: 0..1)</extracomment>
        <translation>percentil medio de popularidad real de las pistas mostradas (catálogo = 0,5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean true-popularity percentile of streamed tracks (catalogue = 0.5)</source>
        <extracomment>description of metric column popularity_bias_stream (unit: 0..1)</extracomment>
        <translation>percentil medio de popularidad real de las pistas escuchadas (catálogo = 0,5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean Jaccard index of 7-day streamed-track sets over listener pairs</source>
        <extracomment>description of metric column homogenization_jaccard (unit: 0..1)</extracomment>
        <translation>índice de Jaccard medio de los conjuntos de pistas escuchadas en 7 días, sobre pares de oyentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean pairwise cosine of listeners&apos; true tastes</source>
        <extracomment>description of metric column taste_homogenization (unit: -1..1)</extracomment>
        <translation>coseno medio por pares de los gustos reales de los oyentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spearman correlation of predicted vs true utility on probe tracks</source>
        <extracomment>description of metric column model_truth_alignment (unit: -1..1)</extracomment>
        <translation>correlación de Spearman entre utilidad predicha y real en pistas de prueba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 - model-truth Spearman for the most drifted quarter of listeners</source>
        <extracomment>description of metric column tracking_error (unit: 0..2)</extracomment>
        <translation>1 - Spearman entre modelo y realidad para el cuarto de oyentes que más derivó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean pairwise cosine distance of true vectors within a Home slate</source>
        <extracomment>description of metric column intra_list_diversity (unit: 0..2)</extracomment>
        <translation>distancia coseno media por pares de los vectores reales dentro de una lista de Inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of released tracks shown at least once in 7 days</source>
        <extracomment>description of metric column coverage (unit: share)</extracomment>
        <translation>proporción de pistas publicadas mostradas al menos una vez en 7 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gini coefficient of today&apos;s impressions over released tracks</source>
        <extracomment>description of metric column exposure_gini (unit: 0..1)</extracomment>
        <translation>coeficiente de Gini de las impresiones de hoy sobre las pistas publicadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean entropy of the true genres of a listener&apos;s 7-day streams</source>
        <extracomment>description of metric column genre_entropy (unit: bits)</extracomment>
        <translation>entropía media de los géneros reales de las escuchas de un oyente en 7 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generalist-specialist score of 7-day streams (1 = specialist; Anderson et al. 2020)</source>
        <extracomment>description of metric column gs_score (unit: -1..1)</extracomment>
        <translation>puntuación generalista-especialista de las escuchas de 7 días (1 = especialista; Anderson et al. 2020)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean self-information of streamed tracks (7-day listener share)</source>
        <extracomment>description of metric column novelty (unit: bits)</extracomment>
        <translation>autoinformación media de las pistas escuchadas (proporción de oyentes en 7 días)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of impressions outside the top 20 % by true appeal</source>
        <extracomment>description of metric column longtail_share (unit: share)</extracomment>
        <translation>proporción de impresiones fuera del 20 % superior por atractivo real</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of impressions on artists who debuted in the last 30 days</source>
        <extracomment>description of metric column new_artist_share (unit: share)</extracomment>
        <translation>proporción de impresiones de artistas que debutaron en los últimos 30 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean trace(posterior covariance)/f of ALS user vectors (uncertainty)</source>
        <extracomment>description of metric column mean_posterior_variance (unit: variance)</extracomment>
        <translation>trace(covarianza posterior)/f media de los vectores de usuario de ALS (incertidumbre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oracle&apos;s best-K mean true utility minus the Home slate&apos;s, per slate</source>
        <extracomment>description of metric column regret (unit: utility)</extracomment>
        <translation>utilidad real media de las K mejores del oráculo menos la de la lista de Inicio, por lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of a Home slate whose true utility exceeds the stream threshold</source>
        <extracomment>description of metric column precision_at_k (unit: share)</extracomment>
        <translation>proporción de una lista de Inicio cuya utilidad real supera el umbral de escucha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NDCG of a Home slate with true utility as graded relevance</source>
        <extracomment>description of metric column ndcg_at_k (unit: 0..1)</extracomment>
        <translation>NDCG de una lista de Inicio con la utilidad real como relevancia graduada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per-position IPS estimate of the Home stream rate of metrics.ope.target (stochastic logging only)</source>
        <extracomment>description of metric column ope_ips (unit: streams/impression)</extracomment>
        <translation>estimación IPS por posición de la tasa de escucha de Inicio de metrics.ope.target (solo con registro estocástico)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>self-normalised IPS estimate of the same (stochastic logging only)</source>
        <extracomment>description of metric column ope_snips (unit: streams/impression)</extracomment>
        <translation>estimación IPS autonormalizada de lo mismo (solo con registro estocástico)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>doubly-robust estimate of the Home stream rate of metrics.ope.target: the ranker&apos;s predicted stream probability under the target, corrected by IPS-weighted residuals (stochastic logging only)</source>
        <extracomment>description of metric column ope_dr (unit: streams/impression)</extracomment>
        <translation>estimación doblemente robusta de la tasa de streams de Inicio con metrics.ope.target: la probabilidad de stream que predice el ordenador bajo la política objetivo, corregida con residuos ponderados por IPS (solo con registro estocástico)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days since the model that the serving ALS index was built from was retrained (recommender.index_lag_days; empty before the first index)</source>
        <extracomment>description of metric column index_age_days (unit: days)</extracomment>
        <translation>días desde que se reentrenó el modelo con el que se construyó el índice ALS en servicio (recommender.index_lag_days; vacío antes del primer índice)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recall@10 of the serving ALS index against exact search over the same vectors, on 32 sampled listeners with a vector (empty before the first index)</source>
        <extracomment>description of metric column ann_recall (unit: share)</extracomment>
        <translation>recall@10 del índice ALS en servicio frente a una búsqueda exacta sobre los mismos vectores, en 32 oyentes muestreados con vector (vacío antes del primer índice)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recall@10 of the audio-feature index (content source) against exact search over the same features, on 32 sampled listeners with a content profile (empty before any has one)</source>
        <extracomment>description of metric column content_recall (unit: share)</extracomment>
        <translation>recall@10 del índice de rasgos de audio (fuente content) frente a una búsqueda exacta sobre los mismos rasgos, en 32 oyentes muestreados con perfil de contenido (vacío mientras ninguno lo tenga)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>this run&apos;s Home stream rate per impression: the truth ope_* estimate when the target runs</source>
        <extracomment>description of metric column home_stream_rate (unit: streams/impression)</extracomment>
        <translation>tasa de escucha de Inicio por impresión de esta ejecución: la verdad que estima ope_* cuando se ejecuta la política objetivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true expected Home stream rate of metrics.ope.target on this run&apos;s requests (the world scores one target slate per request; never shown)</source>
        <extracomment>description of metric column ope_truth (unit: streams/impression)</extracomment>
        <translation>tasa real esperada de reproducciones en Home de metrics.ope.target sobre las solicitudes de esta ejecución (el mundo puntúa una lista de la política objetivo por solicitud; nunca se muestra)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>premium listeners who cancelled today (the only churn the service observes)</source>
        <extracomment>description of metric column cancellations (unit: listeners)</extracomment>
        <translation>oyentes premium que cancelaron hoy (el único abandono que el servicio observa)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of sessions whose first request&apos;s inferred context was the true one (recommenders that infer contexts only)</source>
        <extracomment>description of metric column context_inference_accuracy (unit: share)</extracomment>
        <translation>parte de las sesiones cuya primera petición infirió el contexto verdadero (solo recomendadores que infieren contextos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>liked first streams of an artist today</source>
        <extracomment>description of metric column discoveries (unit: plays)</extracomment>
        <translation>primeras escuchas de un artista que gustaron hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean slow satisfaction (session quality, discovery and variety over weeks) of listeners not churned</source>
        <extracomment>description of metric column mean_slow_satisfaction (unit: 0..1)</extracomment>
        <translation>satisfacción lenta media (calidad de las sesiones, descubrimientos y variedad a lo largo de semanas) de los oyentes que no se han ido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gs_score of 7-day organic streams only (search and library; Anderson et al. 2020)</source>
        <extracomment>description of metric column gs_score_organic (unit: -1..1)</extracomment>
        <translation>gs_score solo de las escuchas orgánicas de 7 días (búsqueda y biblioteca; Anderson et al. 2020)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gs_score of 7-day recommended streams only (Anderson et al. 2020)</source>
        <extracomment>description of metric column gs_score_rec (unit: -1..1)</extracomment>
        <translation>gs_score solo de las escuchas recomendadas de 7 días (Anderson et al. 2020)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calls to the recommender today: Home slates, weekly lists and radio tracks</source>
        <extracomment>description of metric column rec_requests (unit: requests)</extracomment>
        <translation>llamadas al recomendador hoy: selecciones de Inicio, listas semanales y pistas de radio</translation>
    </message>
</context>
<context>
    <name>td::Presets</name>
    <message>
        <location filename="../ui/presettextstable.cpp" line="+16"/>
        <source>Cold start</source>
        <extracomment>title of the preset scenario scenarios/cold-start.json</extracomment>
        <translation>Arranque en frío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step one day (Ctrl+.) and open the Pipeline funnel tab: with no history yet, Trending, Audio-feature neighbours and New releases offer almost every candidate; Collaborative filtering offers none.</source>
        <extracomment>step 1 of the lesson of scenarios/cold-start.json (about the engagement tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Avance un día (Ctrl+.) y abra la pestaña Embudo del pipeline: sin historial todavía, En tendencia, Vecinos por rasgos de audio y Lanzamientos aportan casi todos los candidatos; Filtrado colaborativo no aporta ninguno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the rest of the 60 days (Space) and look at the funnel again: collaborative filtering now leads.</source>
        <extracomment>step 2 of the lesson of scenarios/cold-start.json (about the engagement tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Ejecute el resto de los 60 días (Espacio) y vuelva a mirar el embudo: ahora manda el filtrado colaborativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engagement &amp; churn tab, Listeners: the service starts with 300 listeners and about sixty sign up every day.</source>
        <extracomment>step 3 of the lesson of scenarios/cold-start.json (about the engagement tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Pestaña Uso y abandono, Oyentes: el servicio empieza con 300 oyentes y cada día se dan de alta unos sesenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention by signup day: each line is a group of signup days. Do the late groups keep their listeners as well as the early ones?</source>
        <extracomment>step 4 of the lesson of scenarios/cold-start.json (about the engagement tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Retención por día de alta: cada línea es un grupo de días de alta. ¿Conservan los grupos tardíos a sus oyentes tan bien como los primeros?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exploration &amp; certainty tab, Model uncertainty: the model&apos;s posterior variance falls fast as the first evidence arrives.</source>
        <extracomment>step 5 of the lesson of scenarios/cold-start.json (about the engagement tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Pestaña Exploración y certeza, Incertidumbre del modelo: la varianza a posteriori del modelo cae deprisa en cuanto llegan las primeras evidencias.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This run explores with UCB. Compare it with Policy › Kind = Greedy (Simulation › A/B Compare, Ctrl+B) and look at Catalogue coverage on the Diversity tab: which run shows more of the new catalogue?</source>
        <extracomment>step 6 of the lesson of scenarios/cold-start.json (about the engagement tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Esta ejecución explora con UCB. Compárela con Política › Tipo = Voraz (greedy) (Simulación › Comparación A/B, Ctrl+B) y mire Cobertura del catálogo en la pestaña Diversidad: ¿qué ejecución muestra más del catálogo nuevo?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context matters</source>
        <extracomment>title of the preset scenario scenarios/context-matters.json</extracomment>
        <translation>El contexto importa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the 45 days, then open the Listener inspector tab and pick a listener from the list Most streams on the last day.</source>
        <extracomment>step 1 of the lesson of scenarios/context-matters.json (about the inspector tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Ejecute los 45 días, abra después la pestaña Inspector de oyentes y elija un oyente de la lista Más escuchas el último día.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taste vs belief: switch the context (Commute, Focus, Workout, Evening, Sleep). The listener&apos;s true taste changes with the time of day; compare the model&apos;s belief in each context.</source>
        <extracomment>step 2 of the lesson of scenarios/context-matters.json (about the inspector tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Gusto frente a creencia: cambie el contexto (Trayecto, Concentración, Ejercicio, Tarde-noche, Dormir). El gusto real del oyente cambia con la hora del día; compare la creencia del modelo en cada contexto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engagement &amp; churn tab: note Skips and listen-through and Satisfaction near the end of the run.</source>
        <extracomment>step 3 of the lesson of scenarios/context-matters.json (about the inspector tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Pestaña Uso y abandono: fíjese en Saltos y escucha completa y en Satisfacción hacia el final de la ejecución.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set Live knobs › Recommender › Context aware to false (the service ignores the time of day), press Reset (Ctrl+Shift+R) and run again: do skips and satisfaction move?</source>
        <extracomment>step 4 of the lesson of scenarios/context-matters.json (about the inspector tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Desactive Controles en vivo › Recomendador › Sensible al contexto (el servicio ignora la hora del día), pulse Reiniciar (Ctrl+Mayús+R) y ejecute de nuevo: ¿se mueven los saltos y la satisfacción?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then set it back and set Listeners &amp; drift › Contexts › Enabled to false (listeners no longer change with the time of day), press Reset and run: compare the skip rate again.</source>
        <extracomment>step 5 of the lesson of scenarios/context-matters.json (about the inspector tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Después vuelva a activarlo y desactive Oyentes y deriva › Contextos › Activado (los oyentes ya no cambian con la hora del día), pulse Reiniciar y ejecute: compare de nuevo la tasa de saltos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What would a recommender need to turn context into plays?</source>
        <extracomment>step 6 of the lesson of scenarios/context-matters.json (about the inspector tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>¿Qué necesitaría un recomendador para convertir el contexto en reproducciones?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default: a small streaming service</source>
        <extracomment>title of the preset scenario scenarios/default.json</extracomment>
        <translation>Por defecto: un pequeño servicio de streaming</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does exploration pay off?</source>
        <extracomment>title of the preset scenario scenarios/exploration-pays-off.json</extracomment>
        <translation>¿Compensa explorar?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exploration &amp; certainty tab: Exploration is the share of slots it explored; Model versus truth says how well the model&apos;s ranking agrees with what the listeners truly like.</source>
        <extracomment>step 2 of the lesson of scenarios/exploration-pays-off.json (about the certainty tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Pestaña Exploración y certeza: Exploración es la proporción de posiciones exploradas; Modelo frente a verdad indica cuánto coincide el orden del modelo con lo que a los oyentes realmente les gusta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regret: how much true utility each slate gave up against an oracle that knows every taste.</source>
        <extracomment>step 3 of the lesson of scenarios/exploration-pays-off.json (about the certainty tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Arrepentimiento (regret): cuánta utilidad real pierde cada lista frente a un oráculo que conoce todos los gustos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off-policy estimates: from the logged slates, IPS and SNIPS estimate what another policy would earn; Truth (simulated) checks them. They exist only while the policy explores.</source>
        <extracomment>step 4 of the lesson of scenarios/exploration-pays-off.json (about the certainty tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Estimaciones fuera de política: a partir de las listas registradas, IPS y SNIPS estiman lo que obtendría otra política; Verdad (simulada) las comprueba. Solo existen mientras la política explora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engagement &amp; churn tab: note Plays per day, and the Subscribed line of Listeners at the end.</source>
        <extracomment>step 5 of the lesson of scenarios/exploration-pays-off.json (about the certainty tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Pestaña Uso y abandono: fíjese en Reproducciones por día y, al final, en la línea Suscritos (sin baja) de Oyentes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Simulation › A/B Compare (Ctrl+B), set B&apos;s Policy › Kind to Greedy, press Run Both and compare streams, model_truth_alignment and churned in the table.</source>
        <extracomment>step 6 of the lesson of scenarios/exploration-pays-off.json (about the certainty tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Abra Simulación › Comparación A/B (Ctrl+B), ponga Política › Tipo de B en Voraz (greedy), pulse Ejecutar ambas y compare streams, model_truth_alignment y churned en la tabla.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Run a few days (Space). Retrieval tab, Retrieval recall: the Audio-feature index line sits below 1, because the approximate search over 200,000 tracks misses some of the exact top 10; the ALS index line stays at 1.</source>
        <extracomment>step 1 of the lesson of scenarios/large-catalog.json (about the retrieval tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Ejecute unos días (Espacio). Pestaña Recuperación, Recall de recuperación: la línea Índice de rasgos de audio queda por debajo de 1, porque la búsqueda aproximada sobre 200.000 pistas pierde parte del top 10 exacto; la línea Índice ALS se mantiene en 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the ALS index is exact: it holds only the tracks someone has heard, a few thousand of the 200,000, in buckets too small for a graph. A track nobody has heard has no trained factors to search by.</source>
        <extracomment>step 2 of the lesson of scenarios/large-catalog.json (about the retrieval tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Por qué el índice ALS es exacto: solo contiene las pistas que alguien ha escuchado, unos pocos miles de las 200.000, en cubetas demasiado pequeñas para un grafo. Una pista que nadie ha escuchado no tiene factores entrenados con los que buscarla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Scenario panel (Recommender page), set Ann › Ef to 500 and press Apply &amp; Reset: the audio-feature recall rises a little, and each day takes longer. That is the trade of approximate retrieval.</source>
        <extracomment>step 3 of the lesson of scenarios/large-catalog.json (about the retrieval tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Abra el panel Escenario (página Recomendador), ponga Índice ANN › ef (amplitud de búsqueda) en 500 y pulse Aplicar y reiniciar: el recall del índice de rasgos de audio sube un poco y cada día tarda más. Ese es el intercambio de la recuperación aproximada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set Live knobs › Recommender › Index lag days to 1: from the next day Index age shows the ALS index serving a day-old model. Compare plays and skips with a run at lag 0 (A/B compare).</source>
        <extracomment>step 4 of the lesson of scenarios/large-catalog.json (about the retrieval tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Ponga Controles en vivo › Recomendador › Días de retraso del índice en 1: desde el día siguiente, Antigüedad del índice muestra el índice ALS sirviendo un modelo de hace un día. Compare reproducciones y saltos con una ejecución con retraso 0 (Comparación A/B).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set Pipeline › Objective to Novelty bonus, press Reset (Ctrl+Shift+R) and run again: compare the Long tail line and Popularity bias, and what it costs in Skips and listen-through on the Engagement &amp; churn tab.</source>
        <extracomment>step 5 of the lesson of scenarios/long-tail.json (about the diversity tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Ponga Pipeline de recomendación › Objetivo en Bonificación por novedad, pulse Reiniciar (Ctrl+Mayús+R) y ejecute de nuevo: compare la línea Cola larga y el Sesgo de popularidad, y lo que cuesta en Saltos y escucha completa en la pestaña Uso y abandono.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Run the 90 days. The policy is ε-greedy: one slot in ten goes to a random candidate, a track it is unsure about.</source>
        <extracomment>step 1 of the lesson of scenarios/exploration-pays-off.json (about the certainty tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Ejecute los 90 días. La política es ε-voraz: una de cada diez posiciones va a un candidato al azar, una pista de la que no está segura.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Which run streams more, which keeps more subscribers, and is the better alignment worth it? Then try Thompson sampling (Policy › Kind), a larger Policy › Epsilon, or faster drift (Listeners &amp; drift › Drift › Regime shift rate).</source>
        <extracomment>step 7 of the lesson of scenarios/exploration-pays-off.json (about the certainty tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>¿Qué ejecución tiene más escuchas, cuál conserva más suscriptores y compensa la mejor concordancia? Pruebe después el muestreo de Thompson (Política › Tipo), un Política › Épsilon mayor, o una deriva más rápida (Oyentes y deriva › Deriva › Tasa de cambios de régimen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter bubble</source>
        <extracomment>title of the preset scenario scenarios/filter-bubble.json</extracomment>
        <translation>Burbuja de filtros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Run (Space) and let the 90 days play.</source>
        <extracomment>step 1 of the lesson of scenarios/filter-bubble.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Pulse Ejecutar (Espacio) y deje correr los 90 días.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback loop tab, Homogenisation: the line True tastes (cosine) climbs. The listeners&apos; own tastes grow alike, not only what they are shown.</source>
        <extracomment>step 2 of the lesson of scenarios/filter-bubble.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Pestaña Bucle de retroalimentación, Homogeneización: la línea Gustos reales (coseno) sube. Los propios gustos de los oyentes se parecen cada vez más, no solo lo que se les muestra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engagement &amp; churn tab, Satisfaction: it rises at the same time. The bubble feels good.</source>
        <extracomment>step 3 of the lesson of scenarios/filter-bubble.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Pestaña Uso y abandono, Satisfacción: sube al mismo tiempo. La burbuja resulta agradable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diversity tab, Catalogue coverage: after its early peak, a smaller share of the catalogue is shown.</source>
        <extracomment>step 4 of the lesson of scenarios/filter-bubble.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Pestaña Diversidad, Cobertura del catálogo: tras su pico inicial, se muestra una parte menor del catálogo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now set Live knobs › Listeners › Malleability to 0 (Ctrl+K), press Reset (Ctrl+Shift+R) and run again: listening no longer pulls taste, and True tastes stays flat.</source>
        <extracomment>step 5 of the lesson of scenarios/filter-bubble.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Ponga ahora Controles en vivo › Oyentes › Maleabilidad en 0 (Ctrl+K), pulse Reiniciar (Ctrl+Mayús+R) y ejecute de nuevo: escuchar ya no arrastra el gusto y Gustos reales se queda plana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set Malleability back to 0.05 and try Policy › Kind = Thompson sampling, or Diversity › Mmr lambda = 0.3: the slates get more varied (Diversity tab, Intra-list diversity). Do the true tastes converge any less?</source>
        <extracomment>step 6 of the lesson of scenarios/filter-bubble.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Devuelva Maleabilidad a 0,05 y pruebe Política › Tipo = Muestreo de Thompson, o Diversidad › Lambda de MMR = 0,3: las listas se vuelven más variadas (pestaña Diversidad, Diversidad dentro de la lista). ¿Convergen menos los gustos reales?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulation › A/B Compare (Ctrl+B) runs such a change side by side with this one, on the same listeners.</source>
        <extracomment>step 7 of the lesson of scenarios/filter-bubble.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Simulación › Comparación A/B (Ctrl+B) ejecuta un cambio así junto a esta ejecución, con los mismos oyentes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large catalogue: retrieval at scale</source>
        <extracomment>title of the preset scenario scenarios/large-catalog.json</extracomment>
        <translation>Catálogo grande: recuperación a escala</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Long tail and new artists</source>
        <extracomment>title of the preset scenario scenarios/long-tail.json</extracomment>
        <translation>Cola larga y artistas nuevos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the 60 days.</source>
        <extracomment>step 1 of the lesson of scenarios/long-tail.json (about the diversity tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Ejecute los 60 días.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback loop tab, Popularity bias: both the recommended and the streamed tracks sit far above the catalogue&apos;s middle (0.5). The head gets heard.</source>
        <extracomment>step 2 of the lesson of scenarios/long-tail.json (about the diversity tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Pestaña Bucle de retroalimentación, Sesgo de popularidad: tanto las pistas recomendadas como las escuchadas quedan muy por encima del centro del catálogo (0,5). Se escucha la cabeza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diversity tab, Exposure inequality: the Gini of impressions stays close to 1; a few tracks get almost every impression.</source>
        <extracomment>step 3 of the lesson of scenarios/long-tail.json (about the diversity tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Pestaña Diversidad, Desigualdad de exposición: el Gini de las impresiones se mantiene cerca de 1; unas pocas pistas reciben casi todas las impresiones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long tail and new artists: once the model has learned, the long tail and the debuting artists get only a small share of what is shown.</source>
        <extracomment>step 4 of the lesson of scenarios/long-tail.json (about the diversity tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Cola larga y artistas nuevos: en cuanto el modelo ha aprendido, la cola larga y los artistas que debutan reciben solo una pequeña parte de lo que se muestra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then try Live knobs › Diversity › Mmr lambda = 0.5 with the Stream chance objective instead: do more varied slates also mean a longer tail?</source>
        <extracomment>step 6 of the lesson of scenarios/long-tail.json (about the diversity tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Pruebe después, en su lugar, Controles en vivo › Diversidad › Lambda de MMR = 0,5 con el objetivo Probabilidad de escucha: ¿listas más variadas significan también una cola más larga?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Real catalogue: Spotify songs, Last.fm listeners</source>
        <extracomment>title of the preset scenario scenarios/real-catalog.json</extracomment>
        <translation>Catálogo real: canciones de Spotify, oyentes de Last.fm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taste shock</source>
        <extracomment>title of the preset scenario scenarios/taste-shock.json</extracomment>
        <translation>Choque de gustos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run all 75 days. On day 30, marked by a vertical line on every chart, most listeners suddenly turn toward one genre.</source>
        <extracomment>step 1 of the lesson of scenarios/taste-shock.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Ejecute los 75 días. El día 30, marcado con una línea vertical en cada gráfico, la mayoría de los oyentes se vuelca de repente hacia un género.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback loop tab, Homogenisation: True tastes (cosine) jumps at the marker. That is the shock itself.</source>
        <extracomment>step 2 of the lesson of scenarios/taste-shock.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Pestaña Bucle de retroalimentación, Homogeneización: Gustos reales (coseno) salta en la marca. Ese es el propio choque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engagement &amp; churn tab, Skips and listen-through: the skip rate jumps at the marker, then comes back down as the model relearns.</source>
        <extracomment>step 3 of the lesson of scenarios/taste-shock.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Pestaña Uso y abandono, Saltos y escucha completa: la tasa de saltos se dispara en la marca y luego vuelve a bajar mientras el modelo reaprende.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exploration &amp; certainty tab, Model versus truth: the alignment drops at the marker, then recovers; the tracking error stays higher.</source>
        <extracomment>step 4 of the lesson of scenarios/taste-shock.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Pestaña Exploración y certeza, Modelo frente a verdad: la concordancia cae en la marca y luego se recupera; el error de seguimiento se queda más alto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View › Smoothing (7-day mean) shows the trend under the daily noise.</source>
        <extracomment>step 5 of the lesson of scenarios/taste-shock.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Ver › Suavizado (Media de 7 días) muestra la tendencia bajo el ruido diario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try a shorter Pipeline › Confidence › Half life days (old evidence fades faster) or an exploring Policy › Kind such as Thompson sampling, press Reset and compare: does the model recover faster?</source>
        <extracomment>step 6 of the lesson of scenarios/taste-shock.json (about the feedback tab); names of panel fields and charts as the GUI shows them</extracomment>
        <translation>Pruebe una Pipeline de recomendación › Confianza › Vida media en días más corta (las evidencias antiguas se desvanecen antes) o una Política › Tipo que explore, como Muestreo de Thompson, pulse Reiniciar y compare: ¿se recupera antes el modelo?</translation>
    </message>
</context>
<context>
    <name>td::ScenarioSchema</name>
    <message>
        <location filename="../ui/coretextstable.cpp" line="-814"/>
        <source>Title</source>
        <extracomment>label of scenario field title</extracomment>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name shown in the GUI, the run store and the output</source>
        <extracomment>description of scenario field title</extracomment>
        <translation>nombre que se muestra en la interfaz, en el almacén de ejecuciones y en la salida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <extracomment>label of scenario field description</extracomment>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what the scenario teaches and what to watch</source>
        <extracomment>description of scenario field description</extracomment>
        <translation>qué enseña el escenario y qué observar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run</source>
        <extracomment>scenario section run</extracomment>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <extracomment>label of scenario field run.days</extracomment>
        <translation>Días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number of simulated days</source>
        <extracomment>description of scenario field run.days (unit: days)</extracomment>
        <translation>número de días simulados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <extracomment>label of scenario field run.seed</extracomment>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed of every random stream: same scenario + seed = same numbers (above 2^53 give it as a decimal string)</source>
        <extracomment>description of scenario field run.seed</extracomment>
        <translation>semilla de todos los flujos aleatorios: mismo escenario + semilla = mismos números (por encima de 2^53, escríbala como cadena decimal)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>World</source>
        <extracomment>scenario section world</extracomment>
        <translation>Mundo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latent dim</source>
        <extracomment>label of scenario field world.latent_dim</extracomment>
        <translation>Dimensión latente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dimension of the latent taste space of tracks and listeners</source>
        <extracomment>description of scenario field world.latent_dim (unit: dimensions)</extracomment>
        <translation>dimensión del espacio latente de gustos de pistas y oyentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog</source>
        <extracomment>scenario section world.catalog</extracomment>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <extracomment>label of scenario field world.catalog.source</extracomment>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generated catalogue, or one read from a CSV file</source>
        <extracomment>description of scenario field world.catalog.source</extracomment>
        <translation>catálogo generado o leído de un archivo CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <extracomment>label of scenario field world.catalog.path</extracomment>
        <translation>Ruta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>catalogue CSV (source = csv), relative to the scenario file</source>
        <extracomment>description of scenario field world.catalog.path</extracomment>
        <translation>CSV del catálogo (source = csv), relativo al archivo del escenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracks</source>
        <extracomment>label of scenario field world.catalog.tracks</extracomment>
        <translation>Pistas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tracks in a generated catalogue</source>
        <extracomment>description of scenario field world.catalog.tracks (unit: tracks)</extracomment>
        <translation>pistas de un catálogo generado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genres</source>
        <extracomment>label of scenario field world.catalog.genres</extracomment>
        <translation>Géneros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>genre centres in the latent space</source>
        <extracomment>description of scenario field world.catalog.genres (unit: genres)</extracomment>
        <translation>centros de género en el espacio latente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subgenres per genre</source>
        <extracomment>label of scenario field world.catalog.subgenres_per_genre</extracomment>
        <translation>Subgéneros por género</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sub-genre offsets around each genre centre</source>
        <extracomment>description of scenario field world.catalog.subgenres_per_genre (unit: sub-genres)</extracomment>
        <translation>desplazamientos de subgénero alrededor de cada centro de género</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracks per artist</source>
        <extracomment>label of scenario field world.catalog.tracks_per_artist</extracomment>
        <translation>Pistas por artista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean tracks per artist</source>
        <extracomment>description of scenario field world.catalog.tracks_per_artist (unit: tracks)</extracomment>
        <translation>pistas medias por artista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Popularity exponent</source>
        <extracomment>label of scenario field world.catalog.popularity_exponent</extracomment>
        <translation>Exponente de popularidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pareto tail index of track and artist popularity (smaller = heavier head)</source>
        <extracomment>description of scenario field world.catalog.popularity_exponent</extracomment>
        <translation>índice de cola de Pareto de la popularidad de pistas y artistas (menor = cabeza más pesada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing genre share</source>
        <extracomment>label of scenario field world.catalog.missing_genre_share</extracomment>
        <translation>Proporción sin género</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noisy genre share</source>
        <extracomment>label of scenario field world.catalog.noisy_genre_share</extracomment>
        <translation>Proporción con género erróneo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New release share</source>
        <extracomment>label of scenario field world.catalog.new_release_share</extracomment>
        <translation>Proporción de lanzamientos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tracks released during the release horizon (new releases), spread evenly over it</source>
        <extracomment>description of scenario field world.catalog.new_release_share (unit: share)</extracomment>
        <translation>pistas publicadas durante el horizonte de lanzamientos (novedades), repartidas uniformemente en él</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release horizon days</source>
        <extracomment>label of scenario field world.catalog.release_horizon_days</extracomment>
        <translation>Horizonte de lanzamientos en días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days from the start over which new releases are spread (independent of run.days, so shorter runs are prefixes of longer ones)</source>
        <extracomment>description of scenario field world.catalog.release_horizon_days (unit: days)</extracomment>
        <translation>días desde el inicio en los que se reparten los lanzamientos (independiente de run.days, así las ejecuciones cortas son prefijos de las largas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explicit share</source>
        <extracomment>label of scenario field world.catalog.explicit_share</extracomment>
        <translation>Proporción explícita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tracks flagged explicit</source>
        <extracomment>description of scenario field world.catalog.explicit_share (unit: share)</extracomment>
        <translation>pistas marcadas como explícitas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feature noise</source>
        <extracomment>label of scenario field world.catalog.feature_noise</extracomment>
        <translation>Ruido de atributos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>noise of audio features around their latent projection</source>
        <extracomment>description of scenario field world.catalog.feature_noise (unit: std)</extracomment>
        <translation>ruido de los atributos de audio alrededor de su proyección latente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genre spread</source>
        <extracomment>label of scenario field world.catalog.genre_spread</extracomment>
        <translation>Dispersión de géneros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size of sub-genre offsets around a genre centre</source>
        <extracomment>description of scenario field world.catalog.genre_spread (unit: latent units)</extracomment>
        <translation>tamaño de los desplazamientos de subgénero alrededor de un centro de género</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Artist spread</source>
        <extracomment>label of scenario field world.catalog.artist_spread</extracomment>
        <translation>Dispersión de artistas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spread of artists around their sub-genre</source>
        <extracomment>description of scenario field world.catalog.artist_spread (unit: latent units)</extracomment>
        <translation>dispersión de los artistas alrededor de su subgénero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track spread</source>
        <extracomment>label of scenario field world.catalog.track_spread</extracomment>
        <translation>Dispersión de pistas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spread of tracks around their artist</source>
        <extracomment>description of scenario field world.catalog.track_spread (unit: latent units)</extracomment>
        <translation>dispersión de las pistas alrededor de su artista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holdback days</source>
        <extracomment>label of scenario field world.catalog.holdback_days</extracomment>
        <translation>Días retenidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: releases of the file&apos;s newest N days come out during the run (days 1..N) instead of before it</source>
        <extracomment>description of scenario field world.catalog.holdback_days (unit: days)</extracomment>
        <translation>catálogo CSV: los lanzamientos de los N días más recientes del archivo salen durante la ejecución (días 1..N) en vez de antes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <extracomment>scenario section world.catalog.columns</extracomment>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track id</source>
        <extracomment>label of scenario field world.catalog.columns.track_id</extracomment>
        <translation>ID de pista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: track id column (required; rows without one are skipped, repeated ids merged)</source>
        <extracomment>description of scenario field world.catalog.columns.track_id</extracomment>
        <translation>catálogo CSV: columna del ID de pista (obligatoria; las filas sin ID se omiten, los ID repetidos se fusionan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track name</source>
        <extracomment>label of scenario field world.catalog.columns.track_name</extracomment>
        <translation>Nombre de pista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: track title column (&quot;&quot; = none: every title is Unknown)</source>
        <extracomment>description of scenario field world.catalog.columns.track_name</extracomment>
        <translation>catálogo CSV: columna del título de la pista (&quot;&quot; = ninguna: todos los títulos son Unknown)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Artist</source>
        <extracomment>label of scenario field world.catalog.columns.artist</extracomment>
        <translation>Artista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: artist name column (&quot;&quot; = none: every artist is Unknown)</source>
        <extracomment>description of scenario field world.catalog.columns.artist</extracomment>
        <translation>catálogo CSV: columna del nombre del artista (&quot;&quot; = ninguna: todos los artistas son Unknown)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Popularity</source>
        <extracomment>label of scenario field world.catalog.columns.popularity</extracomment>
        <translation>Popularidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: popularity column, 0..100: the observable prior popularity and the source of true appeal</source>
        <extracomment>description of scenario field world.catalog.columns.popularity</extracomment>
        <translation>catálogo CSV: columna de popularidad, 0..100: la popularidad previa observable y el origen del atractivo real</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release date</source>
        <extracomment>label of scenario field world.catalog.columns.release_date</extracomment>
        <translation>Fecha de lanzamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: release date column (YYYY-MM-DD, YYYY-MM or YYYY)</source>
        <extracomment>description of scenario field world.catalog.columns.release_date</extracomment>
        <translation>catálogo CSV: columna de la fecha de lanzamiento (YYYY-MM-DD, YYYY-MM o YYYY)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genre</source>
        <extracomment>label of scenario field world.catalog.columns.genre</extracomment>
        <translation>Género</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: genre label column</source>
        <extracomment>description of scenario field world.catalog.columns.genre</extracomment>
        <translation>catálogo CSV: columna de la etiqueta de género</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subgenre</source>
        <extracomment>label of scenario field world.catalog.columns.subgenre</extracomment>
        <translation>Subgénero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: sub-genre label column</source>
        <extracomment>description of scenario field world.catalog.columns.subgenre</extracomment>
        <translation>catálogo CSV: columna de la etiqueta de subgénero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Danceability</source>
        <extracomment>label of scenario field world.catalog.columns.danceability</extracomment>
        <translation>Bailabilidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: danceability column, 0..1</source>
        <extracomment>description of scenario field world.catalog.columns.danceability</extracomment>
        <translation>catálogo CSV: columna de bailabilidad, 0..1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy</source>
        <extracomment>label of scenario field world.catalog.columns.energy</extracomment>
        <translation>Energía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: energy column, 0..1</source>
        <extracomment>description of scenario field world.catalog.columns.energy</extracomment>
        <translation>catálogo CSV: columna de energía, 0..1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valence</source>
        <extracomment>label of scenario field world.catalog.columns.valence</extracomment>
        <translation>Valencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: valence column, 0..1</source>
        <extracomment>description of scenario field world.catalog.columns.valence</extracomment>
        <translation>catálogo CSV: columna de valencia, 0..1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acousticness</source>
        <extracomment>label of scenario field world.catalog.columns.acousticness</extracomment>
        <translation>Acusticidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: acousticness column, 0..1</source>
        <extracomment>description of scenario field world.catalog.columns.acousticness</extracomment>
        <translation>catálogo CSV: columna de acusticidad, 0..1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instrumentalness</source>
        <extracomment>label of scenario field world.catalog.columns.instrumentalness</extracomment>
        <translation>Instrumentalidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: instrumentalness column, 0..1</source>
        <extracomment>description of scenario field world.catalog.columns.instrumentalness</extracomment>
        <translation>catálogo CSV: columna de instrumentalidad, 0..1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speechiness</source>
        <extracomment>label of scenario field world.catalog.columns.speechiness</extracomment>
        <translation>Presencia de voz hablada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: speechiness column, 0..1</source>
        <extracomment>description of scenario field world.catalog.columns.speechiness</extracomment>
        <translation>catálogo CSV: columna de voz hablada (speechiness), 0..1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liveness</source>
        <extracomment>label of scenario field world.catalog.columns.liveness</extracomment>
        <translation>Grabación en vivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: liveness column, 0..1</source>
        <extracomment>description of scenario field world.catalog.columns.liveness</extracomment>
        <translation>catálogo CSV: columna de grabación en vivo (liveness), 0..1</translation>
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
        <translation>catálogo CSV: columna de tempo, BPM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loudness</source>
        <extracomment>label of scenario field world.catalog.columns.loudness</extracomment>
        <translation>Sonoridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: loudness column, dB</source>
        <extracomment>description of scenario field world.catalog.columns.loudness</extracomment>
        <translation>catálogo CSV: columna de sonoridad, dB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration ms</source>
        <extracomment>label of scenario field world.catalog.columns.duration_ms</extracomment>
        <translation>Duración (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: track length column, milliseconds</source>
        <extracomment>description of scenario field world.catalog.columns.duration_ms</extracomment>
        <translation>catálogo CSV: columna de duración de la pista, milisegundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explicit</source>
        <extracomment>label of scenario field world.catalog.columns.explicit</extracomment>
        <translation>Explícito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv catalogue: explicit flag column (1/true/yes); &quot;&quot; = none: no track is explicit</source>
        <extracomment>description of scenario field world.catalog.columns.explicit</extracomment>
        <translation>catálogo CSV: columna de la marca explícita (1/true/yes); &quot;&quot; = ninguna: ninguna pista es explícita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listeners</source>
        <extracomment>scenario section world.listeners</extracomment>
        <translation>Oyentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count</source>
        <extracomment>label of scenario field world.listeners.count</extracomment>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listeners signed up on day 0</source>
        <extracomment>description of scenario field world.listeners.count (unit: listeners)</extracomment>
        <translation>oyentes dados de alta el día 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrivals per day</source>
        <extracomment>label of scenario field world.listeners.arrivals_per_day</extracomment>
        <translation>Altas por día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean of the Poisson number of new listeners per day (cold start)</source>
        <extracomment>description of scenario field world.listeners.arrivals_per_day (unit: listeners/day)</extracomment>
        <translation>media del número Poisson de oyentes nuevos por día (arranque en frío)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specialist share</source>
        <extracomment>label of scenario field world.listeners.specialist_share</extracomment>
        <translation>Proporción de especialistas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listeners whose taste concentrates on one genre</source>
        <extracomment>description of scenario field world.listeners.specialist_share (unit: share)</extracomment>
        <translation>oyentes cuyo gusto se concentra en un género</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Malleability</source>
        <extracomment>label of scenario field world.listeners.malleability</extracomment>
        <translation>Maleabilidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Premium share</source>
        <extracomment>label of scenario field world.listeners.premium_share</extracomment>
        <translation>Proporción premium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listeners on the premium tier</source>
        <extracomment>description of scenario field world.listeners.premium_share (unit: share)</extracomment>
        <translation>oyentes en el plan premium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity mean</source>
        <extracomment>label of scenario field world.listeners.activity_mean</extracomment>
        <translation>Actividad media</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean sessions per listener per day</source>
        <extracomment>description of scenario field world.listeners.activity_mean (unit: sessions/day)</extracomment>
        <translation>sesiones medias por oyente y día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patience mean</source>
        <extracomment>label of scenario field world.listeners.patience_mean</extracomment>
        <translation>Paciencia media</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean patience (how late listeners skip)</source>
        <extracomment>description of scenario field world.listeners.patience_mean (unit: 0..1)</extracomment>
        <translation>paciencia media (cuán tarde saltan los oyentes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Novelty appetite mean</source>
        <extracomment>label of scenario field world.listeners.novelty_appetite_mean</extracomment>
        <translation>Apetito de novedad medio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean appetite for unheard tracks</source>
        <extracomment>description of scenario field world.listeners.novelty_appetite_mean (unit: 0..1)</extracomment>
        <translation>apetito medio por pistas no escuchadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mainstreamness mean</source>
        <extracomment>label of scenario field world.listeners.mainstreamness_mean</extracomment>
        <translation>Preferencia mainstream media</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean liking of popular tracks</source>
        <extracomment>description of scenario field world.listeners.mainstreamness_mean (unit: 0..1)</extracomment>
        <translation>gusto medio por pistas populares</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Churn tendency sd</source>
        <extracomment>label of scenario field world.listeners.churn_tendency_sd</extracomment>
        <translation>DE de la tendencia al abandono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spread of the listeners&apos; individual churn tendency</source>
        <extracomment>description of scenario field world.listeners.churn_tendency_sd (unit: logit)</extracomment>
        <translation>dispersión de la tendencia individual al abandono de los oyentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explicit off share</source>
        <extracomment>label of scenario field world.listeners.explicit_off_share</extracomment>
        <translation>Proporción sin contenido explícito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listeners who turned explicit content off</source>
        <extracomment>description of scenario field world.listeners.explicit_off_share (unit: share)</extracomment>
        <translation>oyentes que desactivaron el contenido explícito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts path</source>
        <extracomment>label of scenario field world.listeners.seed.counts_path</extracomment>
        <translation>Ruta de los recuentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listening counts (userID artistID weight, tab-separated, like Last.fm&apos;s) whose users become the initial listeners, tastes fitted to the artists they played; replaces world.listeners.count; relative to the scenario file; &quot;&quot; = generated listeners</source>
        <extracomment>description of scenario field world.listeners.seed.counts_path</extracomment>
        <translation>recuentos de escucha (userID artistID weight, separados por tabulador, como los de Last.fm) cuyos usuarios se convierten en los oyentes iniciales, con gustos ajustados a los artistas que escucharon; sustituye a world.listeners.count; relativo al archivo del escenario; &quot;&quot; = oyentes generados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Artists path</source>
        <extracomment>label of scenario field world.listeners.seed.artists_path</extracomment>
        <translation>Ruta de los artistas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>artist names for the counts (id name ..., tab-separated, like Last.fm&apos;s artists.dat), matched to catalogue artists by case-insensitive name; relative to the scenario file</source>
        <extracomment>description of scenario field world.listeners.seed.artists_path</extracomment>
        <translation>nombres de artista de los recuentos (id name ..., separados por tabulador, como artists.dat de Last.fm), emparejados con los artistas del catálogo por nombre sin distinguir mayúsculas; relativo al archivo del escenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contexts</source>
        <extracomment>scenario section world.contexts</extracomment>
        <translation>Contextos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <extracomment>label of scenario field world.contexts.enabled</extracomment>
        <translation>Activado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Strength</source>
        <extracomment>label of scenario field world.contexts.strength</extracomment>
        <translation>Intensidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size of a context&apos;s taste offset</source>
        <extracomment>description of scenario field world.contexts.strength (unit: latent units)</extracomment>
        <translation>tamaño del desplazamiento de gusto de un contexto</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Drift</source>
        <extracomment>scenario section world.drift</extracomment>
        <translation>Deriva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ou theta</source>
        <extracomment>label of scenario field world.drift.ou_theta</extracomment>
        <translation>Theta de OU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean reversion of short-term taste toward its anchor</source>
        <extracomment>description of scenario field world.drift.ou_theta (unit: 1/day)</extracomment>
        <translation>reversión a la media del gusto a corto plazo hacia su ancla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ou sigma</source>
        <extracomment>label of scenario field world.drift.ou_sigma</extracomment>
        <translation>Sigma de OU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>daily noise of short-term taste, per dimension</source>
        <extracomment>description of scenario field world.drift.ou_sigma (unit: latent units/day)</extracomment>
        <translation>ruido diario del gusto a corto plazo, por dimensión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anchor sigma</source>
        <extracomment>label of scenario field world.drift.anchor_sigma</extracomment>
        <translation>Sigma del ancla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>daily random walk of the long-term taste anchor</source>
        <extracomment>description of scenario field world.drift.anchor_sigma (unit: latent units/day)</extracomment>
        <translation>paseo aleatorio diario del ancla de gusto a largo plazo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regime shift rate</source>
        <extracomment>label of scenario field world.drift.regime_shift_rate</extracomment>
        <translation>Tasa de cambios de régimen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate at which a listener discovers a genre (per listener per day)</source>
        <extracomment>description of scenario field world.drift.regime_shift_rate (unit: 1/day)</extracomment>
        <translation>tasa a la que un oyente descubre un género (por oyente y día)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regime shift strength</source>
        <extracomment>label of scenario field world.drift.regime_shift_strength</extracomment>
        <translation>Intensidad de los cambios de régimen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how far a regime shift moves the anchor toward the new genre</source>
        <extracomment>description of scenario field world.drift.regime_shift_strength (unit: 0..1)</extracomment>
        <translation>cuánto mueve un cambio de régimen el ancla hacia el nuevo género</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <extracomment>scenario section world.sessions</extracomment>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home weight</source>
        <extracomment>label of scenario field world.sessions.home_weight</extracomment>
        <translation>Peso de Inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relative frequency of Home (slate) sessions</source>
        <extracomment>description of scenario field world.sessions.home_weight (unit: weight)</extracomment>
        <translation>frecuencia relativa de sesiones de Inicio (lista)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Radio weight</source>
        <extracomment>label of scenario field world.sessions.radio_weight</extracomment>
        <translation>Peso de radio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relative frequency of radio/autoplay sessions</source>
        <extracomment>description of scenario field world.sessions.radio_weight (unit: weight)</extracomment>
        <translation>frecuencia relativa de sesiones de radio/reproducción automática</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organic weight</source>
        <extracomment>label of scenario field world.sessions.organic_weight</extracomment>
        <translation>Peso orgánico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relative frequency of organic (search/library) sessions</source>
        <extracomment>description of scenario field world.sessions.organic_weight (unit: weight)</extracomment>
        <translation>frecuencia relativa de sesiones orgánicas (búsqueda/biblioteca)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Examination decay</source>
        <extracomment>label of scenario field world.sessions.examination_decay</extracomment>
        <translation>Decaimiento de examen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>probability of examining the next slate position (position bias)</source>
        <extracomment>description of scenario field world.sessions.examination_decay (unit: per position)</extracomment>
        <translation>probabilidad de examinar la siguiente posición de la lista (sesgo de posición)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Radio quit base</source>
        <extracomment>label of scenario field world.sessions.radio_quit_base</extracomment>
        <translation>Abandono de radio base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base hazard of quitting a radio session</source>
        <extracomment>description of scenario field world.sessions.radio_quit_base (unit: per track)</extracomment>
        <translation>riesgo base de abandonar una sesión de radio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Radio quit per skip</source>
        <extracomment>label of scenario field world.sessions.radio_quit_per_skip</extracomment>
        <translation>Abandono de radio por salto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added quit hazard per skip in a radio session</source>
        <extracomment>description of scenario field world.sessions.radio_quit_per_skip (unit: per skip)</extracomment>
        <translation>riesgo de abandono añadido por cada salto en una sesión de radio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Radio max tracks</source>
        <extracomment>label of scenario field world.sessions.radio_max_tracks</extracomment>
        <translation>Máximo de pistas de radio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>longest radio session</source>
        <extracomment>description of scenario field world.sessions.radio_max_tracks (unit: tracks)</extracomment>
        <translation>sesión de radio más larga</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organic tracks mean</source>
        <extracomment>label of scenario field world.sessions.organic_tracks_mean</extracomment>
        <translation>Pistas orgánicas medias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean plays of an organic session</source>
        <extracomment>description of scenario field world.sessions.organic_tracks_mean (unit: tracks)</extracomment>
        <translation>reproducciones medias de una sesión orgánica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search candidates</source>
        <extracomment>label of scenario field world.sessions.search_candidates</extracomment>
        <translation>Candidatos de búsqueda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tracks a listener considers when searching</source>
        <extracomment>description of scenario field world.sessions.search_candidates (unit: tracks)</extracomment>
        <translation>pistas que un oyente considera al buscar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library share</source>
        <extracomment>label of scenario field world.sessions.library_share</extracomment>
        <translation>Proporción de biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organic plays taken from the listener&apos;s library (rest: search)</source>
        <extracomment>description of scenario field world.sessions.library_share (unit: share)</extracomment>
        <translation>reproducciones orgánicas tomadas de la biblioteca del oyente (resto: búsqueda)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly playlist rate</source>
        <extracomment>label of scenario field world.sessions.weekly_playlist_rate</extracomment>
        <translation>Tasa de listas semanales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>probability of listening to each weekly playlist (Discover Weekly, Release Radar)</source>
        <extracomment>description of scenario field world.sessions.weekly_playlist_rate (unit: 1/week)</extracomment>
        <translation>probabilidad de escuchar cada lista semanal (Discover Weekly, Release Radar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response</source>
        <extracomment>scenario section world.response</extracomment>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Noise</source>
        <extracomment>label of scenario field world.devices.noise</extracomment>
        <translation>Ruido</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>generated catalogue: tracks whose observable genre label is missing, as in real metadata. The service&apos;s view only: the inspector and tastedrift-cli inspect show these labels; no recommender or metric reads genre labels (metrics use the true genres)</source>
        <extracomment>description of scenario field world.catalog.missing_genre_share (unit: share)</extracomment>
        <translation>catálogo generado: pistas cuya etiqueta de género observable falta, como en los metadatos reales. Solo la vista del servicio: el inspector y tastedrift-cli inspect muestran estas etiquetas; ningún recomendador ni métrica lee etiquetas de género (las métricas usan los géneros reales)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>generated catalogue: tracks whose observable genre label names another genre, as in real metadata. The service&apos;s view only: the inspector and tastedrift-cli inspect show these labels; no recommender or metric reads genre labels (metrics use the true genres)</source>
        <extracomment>description of scenario field world.catalog.noisy_genre_share (unit: share)</extracomment>
        <translation>catálogo generado: pistas cuya etiqueta de género observable nombra otro género, como en los metadatos reales. Solo la vista del servicio: el inspector y tastedrift-cli inspect muestran estas etiquetas; ningún recomendador ni métrica lee etiquetas de género (las métricas usan los géneros reales)</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>population mean of how far a satisfying listen pulls taste toward the track (0 = off, 1 = every listener&apos;s taste moves onto the track); each listener&apos;s own rate, at most 1, follows an individual factor</source>
        <extracomment>description of scenario field world.listeners.malleability (unit: 0..1)</extracomment>
        <translation>media de la población de cuánto acerca una escucha satisfactoria el gusto a la pista (0 = desactivado, 1 = el gusto de cada oyente pasa a la pista); la tasa propia de cada oyente, como mucho 1, sigue un factor individual</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>each session has a listening context (commute, focus, workout, evening, sleep) drawn from the time of day and the weekday</source>
        <extracomment>description of scenario field world.contexts.enabled</extracomment>
        <translation>cada sesión tiene un contexto de escucha (trayecto, concentración, ejercicio, noche, sueño) elegido según la hora y el día de la semana</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blur</source>
        <extracomment>label of scenario field world.contexts.blur</extracomment>
        <translation>Difuminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of sessions whose context is drawn uniformly instead of from the time-of-day mix</source>
        <extracomment>description of scenario field world.contexts.blur (unit: share)</extracomment>
        <translation>parte de las sesiones cuyo contexto se elige al azar uniforme en lugar de según la hora del día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <extracomment>scenario section world.devices</extracomment>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>chance that a session is played on another device than the listener&apos;s habit for its context</source>
        <extracomment>description of scenario field world.devices.noise (unit: probability)</extracomment>
        <translation>probabilidad de que una sesión se escuche en un dispositivo distinto del habitual para su contexto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rhythm</source>
        <extracomment>scenario section world.rhythm</extracomment>
        <translation>Ritmo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekend activity</source>
        <extracomment>label of scenario field world.rhythm.weekend_activity</extracomment>
        <translation>Actividad en fin de semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sessions per day on Saturdays and Sundays relative to weekdays</source>
        <extracomment>description of scenario field world.rhythm.weekend_activity</extracomment>
        <translation>sesiones por día los sábados y domingos respecto a los días laborables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekend leisure</source>
        <extracomment>label of scenario field world.rhythm.weekend_leisure</extracomment>
        <translation>Ocio en fin de semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on weekends, the share of each time-of-day context mix that moves from commutes and work to leisure</source>
        <extracomment>description of scenario field world.rhythm.weekend_leisure (unit: share)</extracomment>
        <translation>en fin de semana, la parte de cada mezcla de contextos por hora que pasa de trayectos y trabajo al ocio</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Max hours per day</source>
        <extracomment>label of scenario field world.sessions.max_hours_per_day</extracomment>
        <translation>Máximo de horas por día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>most listening time of one listener in one day: the play that reaches it is the day&apos;s last (its session ends and no later session starts that day); 24 = a whole day</source>
        <extracomment>description of scenario field world.sessions.max_hours_per_day (unit: hours)</extracomment>
        <translation>mayor tiempo de escucha de un oyente en un día: la reproducción que lo alcanza es la última del día (su sesión termina y ese día no empieza ninguna sesión más); 24 = un día entero</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>standard deviation of utility noise</source>
        <extracomment>description of scenario field world.response.noise (unit: utility)</extracomment>
        <translation>desviación estándar del ruido de utilidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream threshold</source>
        <extracomment>label of scenario field world.response.stream_threshold</extracomment>
        <translation>Umbral de escucha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>utility at which a play has a 50 % chance of becoming a stream</source>
        <extracomment>description of scenario field world.response.stream_threshold (unit: utility)</extracomment>
        <translation>utilidad a la que una reproducción tiene un 50 % de probabilidad de convertirse en escucha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature</source>
        <extracomment>label of scenario field world.response.temperature</extracomment>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>logistic scale of the stream/skip decision</source>
        <extracomment>description of scenario field world.response.temperature (unit: utility)</extracomment>
        <translation>escala logística de la decisión escuchar/saltar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patience weight</source>
        <extracomment>label of scenario field world.response.patience_weight</extracomment>
        <translation>Peso de la paciencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>effect of patience on the stream decision</source>
        <extracomment>description of scenario field world.response.patience_weight (unit: utility)</extracomment>
        <translation>efecto de la paciencia en la decisión de escucha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Familiarity bonus</source>
        <extracomment>label of scenario field world.response.familiarity_bonus</extracomment>
        <translation>Bonificación por familiaridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bonus of a known, liked track</source>
        <extracomment>description of scenario field world.response.familiarity_bonus (unit: utility)</extracomment>
        <translation>bonificación de una pista conocida y que gusta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fatigue</source>
        <extracomment>label of scenario field world.response.fatigue</extracomment>
        <translation>Fatiga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>penalty per recent repeat of a track</source>
        <extracomment>description of scenario field world.response.fatigue (unit: utility)</extracomment>
        <translation>penalización por cada repetición reciente de una pista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Novelty weight</source>
        <extracomment>label of scenario field world.response.novelty_weight</extracomment>
        <translation>Peso de la novedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weight of novelty appetite x novelty</source>
        <extracomment>description of scenario field world.response.novelty_weight (unit: utility)</extracomment>
        <translation>peso de apetito de novedad x novedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mainstream weight</source>
        <extracomment>label of scenario field world.response.mainstream_weight</extracomment>
        <translation>Peso mainstream</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weight of mainstreamness x popularity</source>
        <extracomment>description of scenario field world.response.mainstream_weight (unit: utility)</extracomment>
        <translation>peso de preferencia mainstream x popularidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save rate</source>
        <extracomment>label of scenario field world.response.save_rate</extracomment>
        <translation>Tasa de guardado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>largest chance of saving a streamed track</source>
        <extracomment>description of scenario field world.response.save_rate (unit: probability)</extracomment>
        <translation>probabilidad máxima de guardar una pista escuchada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Playlist rate</source>
        <extracomment>label of scenario field world.response.playlist_rate</extracomment>
        <translation>Tasa de listas de reproducción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>largest chance of adding a streamed track to a playlist</source>
        <extracomment>description of scenario field world.response.playlist_rate (unit: probability)</extracomment>
        <translation>probabilidad máxima de añadir una pista escuchada a una lista de reproducción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow rate</source>
        <extracomment>label of scenario field world.response.follow_rate</extracomment>
        <translation>Tasa de seguimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>largest chance of following the artist of a streamed track</source>
        <extracomment>description of scenario field world.response.follow_rate (unit: probability)</extracomment>
        <translation>probabilidad máxima de seguir al artista de una pista escuchada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay rate</source>
        <extracomment>label of scenario field world.response.replay_rate</extracomment>
        <translation>Tasa de repetición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>largest chance of replaying a streamed track</source>
        <extracomment>description of scenario field world.response.replay_rate (unit: probability)</extracomment>
        <translation>probabilidad máxima de volver a reproducir una pista escuchada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block rate</source>
        <extracomment>label of scenario field world.response.block_rate</extracomment>
        <translation>Tasa de bloqueo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chance of blocking an artist after repeated bad skips</source>
        <extracomment>description of scenario field world.response.block_rate (unit: probability)</extracomment>
        <translation>probabilidad de bloquear a un artista tras saltos malos repetidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satiation</source>
        <extracomment>scenario section world.satiation</extracomment>
        <translation>Saciedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Artist weight</source>
        <extracomment>label of scenario field world.satiation.artist_weight</extracomment>
        <translation>Peso del artista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>utility a listener fully tired of an artist loses on its tracks (half of it after about 6 recent plays)</source>
        <extracomment>description of scenario field world.satiation.artist_weight (unit: utility)</extracomment>
        <translation>utilidad que pierden las pistas de un artista cuando el oyente está completamente saciado de él (la mitad tras unas 6 reproducciones recientes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subgenre weight</source>
        <extracomment>label of scenario field world.satiation.subgenre_weight</extracomment>
        <translation>Peso del subgénero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>utility a listener fully tired of a sub-genre loses on its tracks (half of it after about 40 recent plays)</source>
        <extracomment>description of scenario field world.satiation.subgenre_weight (unit: utility)</extracomment>
        <translation>utilidad que pierden las pistas de un subgénero cuando el oyente está completamente saciado de él (la mitad tras unas 40 reproducciones recientes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>how fast boredom with an artist or sub-genre wears off (half-life)</source>
        <extracomment>description of scenario field world.satiation.half_life_days (unit: days)</extracomment>
        <translation>con qué rapidez se pasa el hastío de un artista o subgénero (vida media)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discovery</source>
        <extracomment>scenario section world.discovery</extracomment>
        <translation>Descubrimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <extracomment>label of scenario field world.discovery.value</extracomment>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Satisfaction</source>
        <extracomment>scenario section world.satisfaction</extracomment>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow half life days</source>
        <extracomment>label of scenario field world.satisfaction.slow_half_life_days</extracomment>
        <translation>Vida media lenta en días</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Boredom weight</source>
        <extracomment>label of scenario field world.satisfaction.boredom_weight</extracomment>
        <translation>Peso del hastío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how much a day of listening to sated artists and sub-genres lowers the slow satisfaction</source>
        <extracomment>description of scenario field world.satisfaction.boredom_weight (unit: satisfaction)</extracomment>
        <translation>cuánto baja la satisfacción lenta un día escuchando artistas y subgéneros de los que el oyente está saciado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Churn</source>
        <extracomment>scenario section world.churn</extracomment>
        <translation>Abandono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base logit</source>
        <extracomment>label of scenario field world.churn.base_logit</extracomment>
        <translation>Logit base</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Satisfaction weight</source>
        <extracomment>label of scenario field world.churn.satisfaction_weight</extracomment>
        <translation>Peso de la satisfacción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Premium logit</source>
        <extracomment>label of scenario field world.churn.premium_logit</extracomment>
        <translation>Logit premium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change of the churn logit for premium listeners</source>
        <extracomment>description of scenario field world.churn.premium_logit (unit: logit)</extracomment>
        <translation>cambio del logit de abandono para oyentes premium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Winback rate</source>
        <extracomment>label of scenario field world.churn.winback_rate</extracomment>
        <translation>Tasa de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chance per day that a churned listener comes back</source>
        <extracomment>description of scenario field world.churn.winback_rate (unit: 1/day)</extracomment>
        <translation>probabilidad diaria de que un oyente dado de baja vuelva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction rate</source>
        <extracomment>label of scenario field world.churn.satisfaction_rate</extracomment>
        <translation>Tasa de satisfacción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weight of each session in the satisfaction moving average</source>
        <extracomment>description of scenario field world.churn.satisfaction_rate (unit: per session)</extracomment>
        <translation>peso de cada sesión en la media móvil de la satisfacción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free tier penalty</source>
        <extracomment>label of scenario field world.churn.free_tier_penalty</extracomment>
        <translation>Penalización del plan gratuito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>session score lost to ads on the free tier</source>
        <extracomment>description of scenario field world.churn.free_tier_penalty (unit: satisfaction)</extracomment>
        <translation>puntuación de sesión perdida por anuncios en el plan gratuito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow satisfaction weight</source>
        <extracomment>label of scenario field world.churn.slow_satisfaction_weight</extracomment>
        <translation>Peso de la satisfacción lenta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommender</source>
        <extracomment>scenario section recommender</extracomment>
        <translation>Recomendador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <extracomment>label of scenario field recommender.kind</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Objective</source>
        <extracomment>label of scenario field recommender.objective</extracomment>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slate size</source>
        <extracomment>label of scenario field recommender.slate_size</extracomment>
        <translation>Tamaño de la lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tracks shown on a Home slate</source>
        <extracomment>description of scenario field recommender.slate_size (unit: tracks)</extracomment>
        <translation>pistas mostradas en una lista de Inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrain every days</source>
        <extracomment>label of scenario field recommender.retrain_every_days</extracomment>
        <translation>Reentrenar cada … días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days between model retrainings</source>
        <extracomment>description of scenario field recommender.retrain_every_days (unit: days)</extracomment>
        <translation>días entre reentrenamientos del modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Startup days</source>
        <extracomment>label of scenario field recommender.startup_days</extracomment>
        <translation>Días de arranque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days of uniformly random slates at the start, while the recommender only watches and learns (the start-up phase of Chaney et al. 2018)</source>
        <extracomment>description of scenario field recommender.startup_days (unit: days)</extracomment>
        <translation>días de listas uniformemente aleatorias al comienzo, mientras el recomendador solo observa y aprende (la fase de arranque de Chaney et al. 2018)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context aware</source>
        <extracomment>label of scenario field recommender.context_aware</extracomment>
        <translation>Sensible al contexto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pipeline: use the request&apos;s listening context (time of day) for content profiles; false = context-blind</source>
        <extracomment>description of scenario field recommender.context_aware</extracomment>
        <translation>pipeline: usar el contexto de escucha de la solicitud (hora del día) para los perfiles de contenido; false = sin contexto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candidates</source>
        <extracomment>scenario section recommender.candidates</extracomment>
        <translation>Candidatos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explore share</source>
        <extracomment>label of scenario field recommender.candidates.explore_share</extracomment>
        <translation>Proporción de exploración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of the candidate pool filled with uniformly random released tracks, so that exploration reaches beyond what the models retrieve</source>
        <extracomment>description of scenario field recommender.candidates.explore_share (unit: share)</extracomment>
        <translation>proporción del conjunto de candidatos llenada con pistas publicadas elegidas al azar de forma uniforme, para que la exploración llegue más allá de lo que recuperan los modelos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pool size</source>
        <extracomment>label of scenario field recommender.candidates.pool_size</extracomment>
        <translation>Tamaño del conjunto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>candidates merged before filtering and ranking</source>
        <extracomment>description of scenario field recommender.candidates.pool_size (unit: tracks)</extracomment>
        <translation>candidatos combinados antes de filtrar y ordenar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mix</source>
        <extracomment>scenario section recommender.candidates.mix</extracomment>
        <translation>Mezcla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home</source>
        <extracomment>scenario section recommender.candidates.mix.home</extracomment>
        <translation>Inicio</translation>
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
        <translation>parte del conjunto de candidatos de esta superficie que viene de la recuperación colaborativa (ANN sobre el vector ALS del oyente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Similar</source>
        <extracomment>label of scenario field recommender.candidates.mix.home.similar</extracomment>
        <translation>Similares</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of this surface&apos;s candidate pool from ALS neighbours of the track playing now</source>
        <extracomment>description of scenario field recommender.candidates.mix.home.similar (unit: share)</extracomment>
        <translation>parte del conjunto de candidatos de esta superficie que viene de vecinos ALS de la pista que suena ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Similar history</source>
        <extracomment>label of scenario field recommender.candidates.mix.home.similar_history</extracomment>
        <translation>Similares (historial)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of this surface&apos;s candidate pool from ALS neighbours of the listener&apos;s last stream, when nothing is playing</source>
        <extracomment>description of scenario field recommender.candidates.mix.home.similar_history (unit: share)</extracomment>
        <translation>parte del conjunto de candidatos de esta superficie que viene de vecinos ALS de la última escucha, cuando no suena nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content</source>
        <extracomment>label of scenario field recommender.candidates.mix.home.content</extracomment>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of this surface&apos;s candidate pool from audio features near the listener&apos;s content profile</source>
        <extracomment>description of scenario field recommender.candidates.mix.home.content (unit: share)</extracomment>
        <translation>parte del conjunto de candidatos de esta superficie que viene de rasgos de audio cercanos al perfil de contenido del oyente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trending</source>
        <extracomment>label of scenario field recommender.candidates.mix.home.trending</extracomment>
        <translation>Tendencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of this surface&apos;s candidate pool from the chart, for a listener the model knows</source>
        <extracomment>description of scenario field recommender.candidates.mix.home.trending (unit: share)</extracomment>
        <translation>parte del conjunto de candidatos de esta superficie que viene de la lista de éxitos, para un oyente que el modelo conoce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trending cold start</source>
        <extracomment>label of scenario field recommender.candidates.mix.home.trending_cold_start</extracomment>
        <translation>Tendencias (arranque en frío)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of this surface&apos;s candidate pool from the chart, for a listener without a collaborative vector (cold start)</source>
        <extracomment>description of scenario field recommender.candidates.mix.home.trending_cold_start (unit: share)</extracomment>
        <translation>parte del conjunto de candidatos de esta superficie que viene de la lista de éxitos, para un oyente sin vector colaborativo (arranque en frío)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followed</source>
        <extracomment>label of scenario field recommender.candidates.mix.home.followed</extracomment>
        <translation>Seguidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of this surface&apos;s candidate pool from recent releases of artists the listener follows</source>
        <extracomment>description of scenario field recommender.candidates.mix.home.followed (unit: share)</extracomment>
        <translation>parte del conjunto de candidatos de esta superficie que viene de lanzamientos recientes de artistas que el oyente sigue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New release</source>
        <extracomment>label of scenario field recommender.candidates.mix.home.new_release</extracomment>
        <translation>Novedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of this surface&apos;s candidate pool from the newest releases</source>
        <extracomment>description of scenario field recommender.candidates.mix.home.new_release (unit: share)</extracomment>
        <translation>parte del conjunto de candidatos de esta superficie que viene de los lanzamientos más recientes</translation>
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
        <translation>Índice ANN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ef</source>
        <extracomment>label of scenario field recommender.ann.ef</extracomment>
        <translation>ef (amplitud de búsqueda)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hnswlib search breadth per graph bucket (recall against speed), in both retrieval indexes: the ALS index (cf and similar sources) and the audio-feature index (content source). Its real floor is k·overfetch (k the source&apos;s quota, overfetch 2): a search uses max(ef, k·overfetch), so on Home (pool of 300) an ef below 300 acts as 300 for the cf source (quota 150), and one below 120 as 120 for the content source (quota 60); ann_recall and content_recall search k = 10 (floor 20). Only norm buckets of at least 8,000 tracks use a graph; smaller ones are scanned exactly and ignore ef</source>
        <extracomment>description of scenario field recommender.ann.ef</extracomment>
        <translation>amplitud de búsqueda de hnswlib por cubo de grafo (recall frente a velocidad), en ambos índices de recuperación: el índice ALS (fuentes cf y similar) y el índice de rasgos de audio (fuente content). Su mínimo real es k·overfetch (k la cuota de la fuente, overfetch 2): una búsqueda usa max(ef, k·overfetch), así que en Home (conjunto de 300) un ef por debajo de 300 actúa como 300 para la fuente cf (cuota 150), y uno por debajo de 120 como 120 para la fuente content (cuota 60); ann_recall y content_recall buscan con k = 10 (mínimo 20). Solo los cubos de norma con al menos 8.000 pistas usan un grafo; los menores se recorren de forma exacta e ignoran ef</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M</source>
        <extracomment>label of scenario field recommender.ann.m</extracomment>
        <translation>M (enlaces)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confidence</source>
        <extracomment>scenario section recommender.confidence</extracomment>
        <translation>Confianza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alpha</source>
        <extracomment>label of scenario field recommender.confidence.alpha</extracomment>
        <translation>Alfa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALS confidence c = 1 + alpha * |net evidence| of a (listener, track) pair</source>
        <extracomment>description of scenario field recommender.confidence.alpha</extracomment>
        <translation>confianza de ALS c = 1 + alpha * |evidencia neta| de un par (oyente, pista)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream</source>
        <extracomment>label of scenario field recommender.confidence.stream</extracomment>
        <translation>Escucha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>positive evidence of a stream (&gt;= 30 s)</source>
        <extracomment>description of scenario field recommender.confidence.stream (unit: evidence)</extracomment>
        <translation>evidencia positiva de una escucha (&gt;= 30 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay</source>
        <extracomment>label of scenario field recommender.confidence.replay</extracomment>
        <translation>Repetición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>positive evidence of a replay</source>
        <extracomment>description of scenario field recommender.confidence.replay (unit: evidence)</extracomment>
        <translation>evidencia positiva de una repetición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <extracomment>label of scenario field recommender.confidence.save</extracomment>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>positive evidence of a save (explicit action)</source>
        <extracomment>description of scenario field recommender.confidence.save (unit: evidence)</extracomment>
        <translation>evidencia positiva de un guardado (acción explícita)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Playlist add</source>
        <extracomment>label of scenario field recommender.confidence.playlist_add</extracomment>
        <translation>Añadida a lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>positive evidence of a playlist add (explicit action)</source>
        <extracomment>description of scenario field recommender.confidence.playlist_add (unit: evidence)</extracomment>
        <translation>evidencia positiva de añadir a una lista de reproducción (acción explícita)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow</source>
        <extracomment>label of scenario field recommender.confidence.follow</extracomment>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>positive evidence for the track that led to an artist follow</source>
        <extracomment>description of scenario field recommender.confidence.follow (unit: evidence)</extracomment>
        <translation>evidencia positiva para la pista que llevó a seguir a un artista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip browse</source>
        <extracomment>label of scenario field recommender.confidence.skip_browse</extracomment>
        <translation>Salto al explorar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative evidence of a skip on Home or a weekly playlist (browsing: weak)</source>
        <extracomment>description of scenario field recommender.confidence.skip_browse (unit: evidence)</extracomment>
        <translation>evidencia negativa de un salto en Inicio o en una lista semanal (exploración: débil)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip radio</source>
        <extracomment>label of scenario field recommender.confidence.skip_radio</extracomment>
        <translation>Salto en radio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative evidence of a skip on Radio</source>
        <extracomment>description of scenario field recommender.confidence.skip_radio (unit: evidence)</extracomment>
        <translation>evidencia negativa de un salto en la radio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip focus</source>
        <extracomment>label of scenario field recommender.confidence.skip_focus</extracomment>
        <translation>Salto en concentración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative evidence of a skip in a focus session (strong)</source>
        <extracomment>description of scenario field recommender.confidence.skip_focus (unit: evidence)</extracomment>
        <translation>evidencia negativa de un salto en una sesión de concentración (fuerte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip organic</source>
        <extracomment>label of scenario field recommender.confidence.skip_organic</extracomment>
        <translation>Salto orgánico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative evidence of a skip of a searched or library track</source>
        <extracomment>description of scenario field recommender.confidence.skip_organic (unit: evidence)</extracomment>
        <translation>evidencia negativa de un salto de una pista buscada o de la biblioteca</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Half life days</source>
        <extracomment>label of scenario field world.satiation.half_life_days</extracomment>
        <translation>Vida media en días</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the most a day of liked first streams of artists adds to the slow satisfaction&apos;s target, times the listener&apos;s novelty appetite (the first discoveries of a day count most)</source>
        <extracomment>description of scenario field world.discovery.value (unit: satisfaction)</extracomment>
        <translation>lo máximo que un día de primeras escuchas de artistas que gustaron suma al objetivo de la satisfacción lenta, por el apetito de novedad del oyente (los primeros descubrimientos del día cuentan más)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>memory (half-life) of the slow satisfaction: session quality, discovery and variety over weeks</source>
        <extracomment>description of scenario field world.satisfaction.slow_half_life_days (unit: days)</extracomment>
        <translation>memoria (vida media) de la satisfacción lenta: calidad de las sesiones, descubrimientos y variedad a lo largo de semanas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>daily churn logit of a free listener of average tendency at zero fast satisfaction and slow satisfaction 0.5</source>
        <extracomment>description of scenario field world.churn.base_logit (unit: logit)</extracomment>
        <translation>logit diario de abandono de un oyente gratuito de tendencia media con satisfacción rápida cero y satisfacción lenta 0,5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change of the churn logit per unit of fast satisfaction, the recent sessions (negative: happier listeners stay)</source>
        <extracomment>description of scenario field world.churn.satisfaction_weight (unit: logit per unit)</extracomment>
        <translation>cambio del logit de abandono por unidad de satisfacción rápida, la de las últimas sesiones (negativo: los oyentes más satisfechos se quedan)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>change of the churn logit per unit of slow satisfaction above 0.5 (negative: listeners whose weeks were good stay)</source>
        <extracomment>description of scenario field world.churn.slow_satisfaction_weight (unit: logit per unit)</extracomment>
        <translation>cambio del logit de abandono por unidad de satisfacción lenta por encima de 0,5 (negativo: los oyentes con buenas semanas se quedan)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>what the ranker optimises: the stream chance (stream), the stream logit plus a constant bonus for unheard tracks (novelty), or the stream chance plus the learned long-term value of serving the track (retention)</source>
        <extracomment>description of scenario field recommender.objective</extracomment>
        <translation>lo que optimiza el ordenador: la probabilidad de escucha (stream), el logit de escucha más una bonificación fija por pistas no escuchadas (novelty), o la probabilidad de escucha más el valor a largo plazo aprendido de mostrar la pista (retention)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Index lag days</source>
        <extracomment>label of scenario field recommender.index_lag_days</extracomment>
        <translation>Días de retraso del índice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days after a retrained model&apos;s first day until its ALS retrieval index serves: the index is built in the background meanwhile, and searches use the previous index and its item factors (0 = rebuilt at once at the start of the day)</source>
        <extracomment>description of scenario field recommender.index_lag_days (unit: days)</extracomment>
        <translation>días tras el primer día de un modelo reentrenado hasta que su índice de recuperación ALS entra en servicio: mientras tanto el índice se construye en segundo plano y las búsquedas usan el índice anterior y sus factores de pista (0 = se reconstruye de inmediato al inicio del día)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>half-life of the exponential decay of all evidence</source>
        <extracomment>description of scenario field recommender.confidence.half_life_days (unit: days)</extracomment>
        <translation>vida media del decaimiento exponencial de toda la evidencia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Als</source>
        <extracomment>scenario section recommender.als</extracomment>
        <translation>Modelo ALS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Factors</source>
        <extracomment>label of scenario field recommender.als.factors</extracomment>
        <translation>Factores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latent factors of the implicit ALS model</source>
        <extracomment>description of scenario field recommender.als.factors (unit: factors)</extracomment>
        <translation>factores latentes del modelo ALS implícito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reg</source>
        <extracomment>label of scenario field recommender.als.reg</extracomment>
        <translation>Regularización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L2 regularisation lambda of ALS (also the prior precision of the certainty)</source>
        <extracomment>description of scenario field recommender.als.reg</extracomment>
        <translation>lambda de regularización L2 de ALS (también la precisión a priori de la certeza)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Iterations</source>
        <extracomment>label of scenario field recommender.als.iterations</extracomment>
        <translation>Iteraciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALS iterations per retrain, warm-started from the previous factors</source>
        <extracomment>description of scenario field recommender.als.iterations (unit: iterations)</extracomment>
        <translation>iteraciones de ALS por reentrenamiento, con arranque en caliente desde los factores anteriores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cg steps</source>
        <extracomment>label of scenario field recommender.als.cg_steps</extracomment>
        <translation>Pasos de GC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conjugate-gradient steps per row and half-step</source>
        <extracomment>description of scenario field recommender.als.cg_steps (unit: steps)</extracomment>
        <translation>pasos de gradiente conjugado por fila y medio paso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranker</source>
        <extracomment>scenario section recommender.ranker</extracomment>
        <translation>Ordenador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>logistic ranker trained on logged impressions, or order by CF score only (ablation)</source>
        <extracomment>description of scenario field recommender.ranker.kind</extracomment>
        <translation>ordenador logístico entrenado con impresiones registradas, u ordenar solo por la puntuación CF (ablación)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Window days</source>
        <extracomment>label of scenario field recommender.confidence.window_days</extracomment>
        <translation>Ventana en días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evidence window: a (listener, track) pair with no event for more than this many days is forgotten at the end of each day, by ALS, the ranker and Discover Weekly alike (a pair the skip or heard filter still reads stays until that filter&apos;s window passes); bounds the memory and the retrain at the cost of what the listener did before. 0: no window, a pair goes when its decayed mass falls below 0.01 (about 200 days at the default half-life)</source>
        <extracomment>description of scenario field recommender.confidence.window_days (unit: days)</extracomment>
        <translation>ventana de evidencia: un par (oyente, pista) sin ningún evento desde hace más de estos días se olvida al final de cada día, para ALS, el ranker y Discover Weekly por igual (un par que el filtro de saltos o de escuchadas aún lee se queda hasta que pase la ventana de ese filtro); acota la memoria y el reentrenamiento a costa de lo que el oyente hizo antes. 0: sin ventana, un par desaparece cuando su masa atenuada cae por debajo de 0,01 (unos 200 días con la vida media por defecto)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>days of logged impressions the ranker trains on</source>
        <extracomment>description of scenario field recommender.ranker.window_days (unit: days)</extracomment>
        <translation>días de impresiones registradas con que se entrena el ordenador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L2</source>
        <extracomment>label of scenario field recommender.ranker.l2</extracomment>
        <translation>Regularización L2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L2 regularisation of the ranker&apos;s logistic regression</source>
        <extracomment>description of scenario field recommender.ranker.l2</extracomment>
        <translation>regularización L2 de la regresión logística del ordenador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max rows</source>
        <extracomment>label of scenario field recommender.ranker.max_rows</extracomment>
        <translation>Máximo de filas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>most training rows per retrain (a deterministic subsample above)</source>
        <extracomment>description of scenario field recommender.ranker.max_rows (unit: rows)</extracomment>
        <translation>máximo de filas de entrenamiento por reentrenamiento (por encima, una submuestra determinista)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ips weighting</source>
        <extracomment>label of scenario field recommender.ranker.ips_weighting</extracomment>
        <translation>Ponderación IPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counterfactual training: each logged row weighs min(1/propensity, ips_clip), so tracks the policy rarely shows stand in for those it never showed (off: every row weighs 1). Greedy logging has propensity 1 everywhere, where it changes nothing</source>
        <extracomment>description of scenario field recommender.ranker.ips_weighting</extracomment>
        <translation>entrenamiento contrafactual: cada fila registrada pesa min(1/propensión, ips_clip), así las pistas que la política rara vez muestra representan a las que nunca mostró (desactivado: cada fila pesa 1). El registro voraz tiene propensión 1 en todas partes y ahí no cambia nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ips clip</source>
        <extracomment>label of scenario field recommender.ranker.ips_clip</extracomment>
        <translation>Tope IPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>largest inverse-propensity weight of one row, &gt;= 1 (1 = every weight 1); only with ranker.ips_weighting = true. Larger: less bias, more variance</source>
        <extracomment>description of scenario field recommender.ranker.ips_clip (unit: rows)</extracomment>
        <translation>mayor peso de propensión inversa de una fila, &gt;= 1 (1 = todos los pesos 1); solo con ranker.ips_weighting = true. Mayor: menos sesgo, más varianza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters</source>
        <extracomment>scenario section recommender.filters</extracomment>
        <translation>Filtros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Artist cap</source>
        <extracomment>label of scenario field recommender.filters.artist_cap</extracomment>
        <translation>Límite por artista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>most tracks of one artist per slate</source>
        <extracomment>description of scenario field recommender.filters.artist_cap (unit: tracks)</extracomment>
        <translation>máximo de pistas de un mismo artista por lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip window days</source>
        <extracomment>label of scenario field recommender.filters.skip_window_days</extracomment>
        <translation>Ventana tras salto (días)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a track the listener skipped this recently is not recommended</source>
        <extracomment>description of scenario field recommender.filters.skip_window_days (unit: days)</extracomment>
        <translation>no se recomienda una pista que el oyente saltó hace tan poco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heard window days</source>
        <extracomment>label of scenario field recommender.filters.heard_window_days</extracomment>
        <translation>Ventana tras escucha (días)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home and Radio leave out tracks heard this recently (discovery surfaces: ever)</source>
        <extracomment>description of scenario field recommender.filters.heard_window_days (unit: days)</extracomment>
        <translation>Inicio y Radio omiten las pistas escuchadas hace tan poco (superficies de descubrimiento: alguna vez)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective novelty weight</source>
        <extracomment>label of scenario field recommender.objective_novelty_weight</extracomment>
        <translation>Peso de novedad del objetivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Popular</source>
        <extracomment>scenario section recommender.popular</extracomment>
        <translation>Lista de populares</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>half-life of the play counts of the most-popular chart</source>
        <extracomment>description of scenario field recommender.popular.half_life_days (unit: days)</extracomment>
        <translation>vida media de los recuentos de reproducción de la lista de más populares</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plugin</source>
        <extracomment>scenario section recommender.plugin</extracomment>
        <translation>Complemento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind = plugin: the plugin library (a shared library with the C interface of include/tastedrift/plugin.h), relative to the scenario file</source>
        <extracomment>description of scenario field recommender.plugin.path</extracomment>
        <translation>kind = plugin: la biblioteca del complemento (una biblioteca compartida con la interfaz C de include/tastedrift/plugin.h), relativa al archivo del escenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options</source>
        <extracomment>label of scenario field recommender.plugin.options</extracomment>
        <translation>Opciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind = plugin: text handed verbatim to the plugin when it is created (its own settings)</source>
        <extracomment>description of scenario field recommender.plugin.options</extracomment>
        <translation>kind = plugin: texto que se entrega tal cual al complemento al crearlo (sus propios ajustes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy</source>
        <extracomment>scenario section recommender.policy</extracomment>
        <translation>Política</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how scores become a slate (exploration policy)</source>
        <extracomment>description of scenario field recommender.policy.kind</extracomment>
        <translation>cómo las puntuaciones se convierten en una lista (política de exploración)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epsilon</source>
        <extracomment>label of scenario field recommender.policy.epsilon</extracomment>
        <translation>Épsilon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>epsilon_greedy: chance of a random candidate per slot</source>
        <extracomment>description of scenario field recommender.policy.epsilon (unit: probability)</extracomment>
        <translation>epsilon_greedy: probabilidad de un candidato aleatorio por posición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>softmax: temperature of the Plackett-Luce sampling</source>
        <extracomment>description of scenario field recommender.policy.temperature (unit: score)</extracomment>
        <translation>softmax: temperatura del muestreo de Plackett-Luce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ucb beta</source>
        <extracomment>label of scenario field recommender.policy.ucb_beta</extracomment>
        <translation>Beta de UCB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ucb: weight of the model&apos;s uncertainty</source>
        <extracomment>description of scenario field recommender.policy.ucb_beta (unit: std)</extracomment>
        <translation>ucb: peso de la incertidumbre del modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linucb alpha</source>
        <extracomment>label of scenario field recommender.policy.linucb_alpha</extracomment>
        <translation>Alfa de LinUCB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>linucb: width of the confidence bound on ranker features</source>
        <extracomment>description of scenario field recommender.policy.linucb_alpha (unit: std)</extracomment>
        <translation>linucb: anchura de la cota de confianza sobre los atributos del ordenador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Propensity samples</source>
        <extracomment>label of scenario field recommender.policy.propensity_samples</extracomment>
        <translation>Muestras de propensión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monte Carlo draws per slate for the propensities of Thompson sampling and of stochastic policies followed by MMR (exact elsewhere). Cost grows linearly: each draw re-ranks the candidate pool, about 2.5 microseconds per draw per Home slate on one core at the default pool size (10,000 draws: ~25 s of CPU for 300 listeners over 3 days; 100,000: ~4 minutes); the default 32 costs little</source>
        <extracomment>description of scenario field recommender.policy.propensity_samples (unit: draws)</extracomment>
        <translation>Extracciones de Monte Carlo por lista para las propensiones del muestreo de Thompson y de las políticas estocásticas seguidas de MMR (exactas en los demás casos). El coste crece linealmente: cada extracción reordena la reserva de candidatos, unos 2,5 microsegundos por extracción y lista de Inicio en un núcleo con el tamaño de reserva predeterminado (10.000 extracciones: ~25 s de CPU para 300 oyentes durante 3 días; 100.000: ~4 minutos); el valor predeterminado 32 cuesta poco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surfaces</source>
        <extracomment>scenario section recommender.surfaces</extracomment>
        <translation>Superficies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this surface&apos;s own exploration policy, or inherit: recommender.policy serves it. The other fields of this object apply only when it is not inherit</source>
        <extracomment>description of scenario field recommender.surfaces.home.policy.kind</extracomment>
        <translation>la política de exploración propia de esta superficie, o inherit: la sirve recommender.policy. Los demás campos de este objeto solo se aplican cuando no es inherit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this surface&apos;s own policy: epsilon_greedy&apos;s chance of a random candidate per slot</source>
        <extracomment>description of scenario field recommender.surfaces.home.policy.epsilon (unit: probability)</extracomment>
        <translation>política propia de esta superficie: probabilidad de epsilon_greedy de un candidato aleatorio por posición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this surface&apos;s own policy: softmax temperature</source>
        <extracomment>description of scenario field recommender.surfaces.home.policy.temperature (unit: score)</extracomment>
        <translation>política propia de esta superficie: temperatura de softmax</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this surface&apos;s own policy: ucb weight of the model&apos;s uncertainty</source>
        <extracomment>description of scenario field recommender.surfaces.home.policy.ucb_beta (unit: std)</extracomment>
        <translation>política propia de esta superficie: peso UCB de la incertidumbre del modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this surface&apos;s own policy: linucb width of the confidence bound</source>
        <extracomment>description of scenario field recommender.surfaces.home.policy.linucb_alpha (unit: std)</extracomment>
        <translation>política propia de esta superficie: anchura LinUCB de la cota de confianza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this surface&apos;s own policy: Monte Carlo draws per slate where propensities are not exact (cost grows linearly, like policy.propensity_samples)</source>
        <extracomment>description of scenario field recommender.surfaces.home.policy.propensity_samples (unit: draws)</extracomment>
        <translation>política propia de esta superficie: extracciones de Monte Carlo por selección donde las propensiones no son exactas (el coste crece linealmente, como policy.propensity_samples)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>off-policy target: Monte Carlo draws for its marginals where they are not exact (cost grows linearly, like policy.propensity_samples)</source>
        <extracomment>description of scenario field metrics.ope.target.propensity_samples (unit: draws)</extracomment>
        <translation>objetivo fuera de política: extracciones de Monte Carlo para sus marginales donde no son exactas (el coste crece linealmente, como policy.propensity_samples)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Metrics</source>
        <extracomment>scenario section metrics</extracomment>
        <translation>Métricas</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>random, most popular, oracle (knows the truth), the full pipeline, or a plugin library (recommender.plugin.path)</source>
        <extracomment>description of scenario field recommender.kind</extracomment>
        <translation>aleatorio, más popular, oráculo (conoce la verdad), el pipeline completo o una biblioteca de complemento (recommender.plugin.path)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>hnswlib links per node, in both retrieval indexes: the ALS index takes it at each build (after a retrain), the audio-feature index at its one build on the first day (audio features never change). Set before the run, not a live knob</source>
        <extracomment>description of scenario field recommender.ann.m (unit: links)</extracomment>
        <translation>enlaces de hnswlib por nodo, en ambos índices de recuperación: el índice ALS lo toma en cada construcción (tras un reentrenamiento), el índice de rasgos de audio en su única construcción, el primer día (los rasgos de audio nunca cambian). Se fija antes de la ejecución, no es un control en vivo</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>objective = novelty: constant bonus added to the ranker&apos;s logit for a track the listener has no evidence on</source>
        <extracomment>description of scenario field recommender.objective_novelty_weight</extracomment>
        <translation>objective = novelty: bonificación fija sumada al logit del ordenador para una pista sobre la que no hay señales del oyente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective weight</source>
        <extracomment>label of scenario field recommender.objective_weight</extracomment>
        <translation>Peso del objetivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>objective = retention: weight of the value model&apos;s uplift (the learned change in the listener&apos;s chance to be active in the next 7 days without cancelling) against the stream probability; refused with any other objective</source>
        <extracomment>description of scenario field recommender.objective_weight</extracomment>
        <translation>objective = retention: peso del incremento del modelo de valor (el cambio aprendido en la probabilidad de que el oyente esté activo en los próximos 7 días sin cancelar) frente a la probabilidad de escucha; se rechaza con cualquier otro objetivo</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Ope</source>
        <extracomment>scenario section metrics.ope</extracomment>
        <translation>Evaluación fuera de política</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <extracomment>scenario section metrics.ope.target</extracomment>
        <translation>Política objetivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off-policy evaluation: the policy whose Home stream rate ope_ips/ope_snips estimate from this run&apos;s logs</source>
        <extracomment>description of scenario field metrics.ope.target.kind</extracomment>
        <translation>evaluación fuera de política: la política cuya tasa de escucha de Inicio estiman ope_ips/ope_snips a partir de los registros de esta ejecución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off-policy target: epsilon_greedy&apos;s epsilon</source>
        <extracomment>description of scenario field metrics.ope.target.epsilon (unit: probability)</extracomment>
        <translation>objetivo fuera de política: épsilon de epsilon_greedy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off-policy target: softmax temperature</source>
        <extracomment>description of scenario field metrics.ope.target.temperature (unit: score)</extracomment>
        <translation>objetivo fuera de política: temperatura de softmax</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off-policy target: ucb weight of uncertainty</source>
        <extracomment>description of scenario field metrics.ope.target.ucb_beta (unit: std)</extracomment>
        <translation>objetivo fuera de política: peso de la incertidumbre de ucb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off-policy target: linucb width</source>
        <extracomment>description of scenario field metrics.ope.target.linucb_alpha (unit: std)</extracomment>
        <translation>objetivo fuera de política: anchura de linucb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diversity</source>
        <extracomment>scenario section recommender.diversity</extracomment>
        <translation>Diversidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mmr lambda</source>
        <extracomment>label of scenario field recommender.diversity.mmr_lambda</extracomment>
        <translation>Lambda de MMR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MMR re-ranking after any policy: weight of diversity (0 = off)</source>
        <extracomment>description of scenario field recommender.diversity.mmr_lambda (unit: 0..1)</extracomment>
        <translation>reordenación MMR tras cualquier política: peso de la diversidad (0 = desactivado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <extracomment>scenario section events</extracomment>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample rate</source>
        <extracomment>label of scenario field events.sample_rate</extracomment>
        <translation>Tasa de muestreo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of events kept in the run store&apos;s event log</source>
        <extracomment>description of scenario field events.sample_rate (unit: share)</extracomment>
        <translation>proporción de eventos que se guardan en el registro de eventos del almacén de ejecuciones</translation>
    </message>
</context>
<context>
    <name>td::run::SimulationWorker</name>
    <message>
        <location filename="../core/run/simulationworker.cpp" line="+95"/>
        <source>No scenario is loaded.</source>
        <translation>No hay ningún escenario cargado.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Internal error: the engine was called from a thread that does not own it.</source>
        <translation>Error interno: se llamó al motor desde un hilo que no es su propietario.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Day %1 failed: %2</source>
        <translation>El día %1 falló: %2</translation>
    </message>
</context>
<context>
    <name>td::ui::AudioFeatureScale</name>
    <message>
        <location filename="../ui/charts/audiofeaturescale.cpp" line="+31"/>
        <source>n/a</source>
        <translation>n/d</translation>
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
        <translation>0..1 (tempo 55–210 BPM, sonoridad −40–0 dB)</translation>
    </message>
</context>
<context>
    <name>td::ui::ChartExport</name>
    <message>
        <location filename="../ui/export/exportablechart.cpp" line="+36"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
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
        <translation>Comparación A/B — TasteDrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run Both</source>
        <translation>Ejecutar ambas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause Both</source>
        <translation>Pausar ambas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step Both</source>
        <translation>Avanzar ambas un día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset Both</source>
        <translation>Reiniciar ambas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Métrica:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What B changes</source>
        <translation>Qué cambia B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameter</source>
        <translation>Parámetro</translation>
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
        <translation>Todas las métricas en el último día que alcanzaron ambas ejecuciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>Métrica</translation>
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
        <translation>Intervalo del 95 % de B − A</translation>
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
        <translation>A (como en la ventana principal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/compare/comparewindowlive.cpp" line="+1"/>
        <source>B (with the changes)</source>
        <translation>B (con los cambios)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Press Run Both.</source>
        <translation>Pulse «Ejecutar ambas».</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>What B changes: nothing yet — edit B on the left</source>
        <translation>Qué cambia B: nada todavía — edite B a la izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What B changes (%1)</source>
        <translation>Qué cambia B (%1)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparewindowlive.cpp" line="-55"/>
        <source>value (%1)</source>
        <translation>valor (%1)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1: A and B</source>
        <translation>%1: A y B</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location filename="../ui/compare/comparewindowreplicates.cpp" line="+353"/>
        <location line="+2"/>
        <source>Day of the run</source>
        <translation>Día de la ejecución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: B − A</source>
        <translation>%1: B − A</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every metric on day %1 (the last day both runs reached)</source>
        <translation>Todas las métricas del día %1 (el último día que alcanzaron ambas ejecuciones)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparewindow.cpp" line="+49"/>
        <source>A: day %1 / %2    B: day %3 / %4</source>
        <translation>A: día %1 / %2    B: día %3 / %4</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparewindowreplicates.cpp" line="-242"/>
        <source>%1 of %2 runs</source>
        <translation>%1 de %2 ejecuciones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replicates cancelled: %1 of %2 runs complete; the complete pairs are shown.</source>
        <translation>Réplicas canceladas: %1 de %2 ejecuciones completas; se muestran los pares completos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That comparison has no seed with both runs complete.</source>
        <translation>Esa comparación no tiene ninguna semilla con ambas ejecuciones completas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replicates: %1</source>
        <translation>Réplicas: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>B = A</source>
        <translation>B = A</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 seeds — %3</source>
        <translation>%1 — %2 semillas — %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No comparison with replicates in this workspace yet</source>
        <translation>Todavía no hay comparaciones con réplicas en este espacio de trabajo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show Re&amp;plicates</source>
        <translation>Mostrar ré&amp;plicas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the means over the replicate seeds (or the two live runs)</source>
        <translation>Mostrar las medias sobre las semillas de las réplicas (o las dos ejecuciones en curso)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replicates: both on the same seeds</source>
        <translation>Réplicas: ambas con las mismas semillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;eeds per arm:</source>
        <translation>S&amp;emillas por brazo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both configurations run on these seeds: A&apos;s seed and the next ones. Each seed gives a pair of runs on the same population.</source>
        <translation>Ambas configuraciones se ejecutan con estas semillas: la semilla de A y las siguientes. Cada semilla da un par de ejecuciones sobre la misma población.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &amp;Replicates</source>
        <translation>Ejecutar &amp;réplicas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Earlier…</source>
        <translation>&amp;Abrir anterior…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen a comparison with replicates recorded in the workspace</source>
        <translation>Volver a abrir una comparación con réplicas guardada en el espacio de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write ab-values.csv, ab-summary.csv and both charts (PNG, SVG) into a folder</source>
        <translation>Escribir ab-values.csv, ab-summary.csv y ambos gráficos (PNG, SVG) en una carpeta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replicates are already running.</source>
        <translation>Las réplicas ya se están ejecutando.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>starting…</source>
        <translation>empezando…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export the Replicates into a Folder</source>
        <translation>Exportar las réplicas a una carpeta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote ab-values.csv, ab-summary.csv and the charts into %1</source>
        <translation>Se escribieron ab-values.csv, ab-summary.csv y los gráficos en %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no replicates to export yet.</source>
        <translation>Todavía no hay réplicas que exportar.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1: mean of A and B over %2 seeds</source>
        <translation>%1: media de A y B sobre %2 semillas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: B − A, paired over %2 seeds</source>
        <translation>%1: B − A, emparejada sobre %2 semillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A: mean (band: 95 % interval)</source>
        <translation>A: media (banda: intervalo del 95 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: mean (band: 95 % interval)</source>
        <translation>B: media (banda: intervalo del 95 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B − A: mean of the differences (band: 95 % interval)</source>
        <translation>B − A: media de las diferencias (banda: intervalo del 95 %)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The same %1 seeds in both arms: a paired comparison</source>
        <translation>Las mismas %1 semillas en ambos brazos: una comparación emparejada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every metric on day %1, mean ± half the 95 % interval over %2 seeds; “significant”: B − A survives a Benjamini–Hochberg correction across the %3 metrics tested (q = 0.05)</source>
        <translation>Cada métrica el día %1, media ± medio intervalo del 95 % sobre %2 semillas; «significativa»: B − A supera una corrección de Benjamini-Hochberg sobre las %3 métricas contrastadas (q = 0,05)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>significant</source>
        <translation>significativa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not tested: fewer than two seeds define this metric in both arms</source>
        <translation>Sin contrastar: menos de dos semillas definen esta métrica en ambos brazos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired t test: p = %1 before the correction</source>
        <translation>Prueba t emparejada: p = %1 antes de la corrección</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: fewer than two seeds define it in both arms; no difference to size.</source>
        <translation>%1: menos de dos semillas la definen en ambos brazos; no hay diferencia que dimensionar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on day %2: B − A is 0 on every seed pair; there is no difference to detect.</source>
        <translation>%1 el día %2: B − A es 0 en cada par de semillas; no hay diferencia que detectar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on day %2: to detect a difference of %3 (per-seed sd %4) with 80 % power at α = 0.05, a paired t test needs about %5 seeds; you ran %6.</source>
        <translation>%1 el día %2: para detectar una diferencia de %3 (desviación típica por semilla %4) con una potencia del 80 % y α = 0,05, una prueba t emparejada necesita unas %5 semillas; usted ejecutó %6.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than a billion</source>
        <translation>más de mil millones</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No workspace is open: replicates are kept in a temporary database until this window closes.</source>
        <translation>No hay ningún espacio de trabajo abierto: las réplicas se guardan en una base de datos temporal hasta que se cierre esta ventana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replicates are recorded in the workspace as one sweep per comparison.</source>
        <translation>Las réplicas se guardan en el espacio de trabajo, un barrido por comparación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A or B has changed since these replicates ran: run them again for the current configurations.</source>
        <translation>A o B ha cambiado desde que se ejecutaron estas réplicas: vuelva a ejecutarlas para las configuraciones actuales.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replicates running…</source>
        <translation>Réplicas en curso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replicates: %1 seed pairs, %2 days</source>
        <translation>Réplicas: %1 pares de semillas, %2 días</translation>
    </message>
</context>
<context>
    <name>td::ui::Dashboard</name>
    <message>
        <location filename="../ui/charts/dashboardpages.cpp" line="+14"/>
        <source>Engagement &amp;&amp; churn</source>
        <translation>Uso y abandono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listeners</source>
        <translation>Oyentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listeners</source>
        <translation>oyentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active today</source>
        <translation>Activos hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribed (not churned)</source>
        <translation>Suscritos (sin baja)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plays per day</source>
        <translation>Reproducciones por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plays per day</source>
        <translation>reproducciones por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plays</source>
        <translation>Reproducciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streams (≥ 30 s)</source>
        <translation>Escuchas (≥ 30 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skips and listen-through</source>
        <translation>Saltos y escucha completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of plays (0–1)</source>
        <translation>proporción de reproducciones (0–1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip rate</source>
        <translation>Tasa de saltos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listened fraction</source>
        <translation>Fracción escuchada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Churn rate</source>
        <translation>Tasa de abandono</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>share of listeners per day</source>
        <translation>proporción de oyentes por día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satisfaction (0–1)</source>
        <translation>satisfacción (0–1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>75th percentile</source>
        <translation>Percentil 75</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>25th percentile</source>
        <translation>Percentil 25</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback loop</source>
        <translation>Bucle de retroalimentación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where streams come from</source>
        <translation>De dónde vienen las escuchas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of streams (0–1)</source>
        <translation>proporción de escuchas (0–1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended</source>
        <translation>Recomendadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organic (search, library)</source>
        <translation>Orgánicas (búsqueda, biblioteca)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model&apos;s own evidence</source>
        <translation>La evidencia propia del modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of training evidence</source>
        <translation>proporción de la evidencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caused by its own recommendations</source>
        <translation>Causada por sus propias recomendaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Homogenisation</source>
        <translation>Homogeneización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similarity</source>
        <translation>similitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overlap of streams (Jaccard)</source>
        <translation>Solapamiento de escuchas (Jaccard)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>True tastes (cosine)</source>
        <translation>Gustos reales (coseno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Popularity bias</source>
        <translation>Sesgo de popularidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percentile (catalogue = 0.5)</source>
        <translation>percentil (catálogo = 0,5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended tracks</source>
        <translation>Pistas recomendadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streamed tracks</source>
        <translation>Pistas escuchadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diversity</source>
        <translation>Diversidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intra-list diversity</source>
        <translation>Diversidad dentro de la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean cosine distance (0–2)</source>
        <translation>distancia coseno media (0–2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home slates</source>
        <translation>Listas de Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue coverage</source>
        <translation>Cobertura del catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of released tracks</source>
        <translation>proporción de pistas publicadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown at least once in 7 days</source>
        <translation>Mostradas al menos una vez en 7 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long tail and new artists</source>
        <translation>Cola larga y artistas nuevos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of impressions</source>
        <translation>proporción de impresiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long tail</source>
        <translation>Cola larga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New artists</source>
        <translation>Artistas nuevos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exposure inequality</source>
        <translation>Desigualdad de exposición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gini coefficient (0–1)</source>
        <translation>coeficiente de Gini (0–1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gini of impressions</source>
        <translation>Gini de las impresiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generalist–specialist score</source>
        <translation>Puntuación generalista–especialista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GS score (1 = specialist)</source>
        <translation>puntuación GS (1 = especialista)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GS score of 7-day streams</source>
        <translation>Puntuación GS de las escuchas de 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Novelty and genre entropy</source>
        <translation>Novedad y entropía de géneros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bits</source>
        <translation>bits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Novelty</source>
        <translation>Novedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genre entropy</source>
        <translation>Entropía de géneros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exploration &amp;&amp; certainty</source>
        <translation>Exploración y certeza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exploration</source>
        <translation>Exploración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of shown items</source>
        <translation>proporción de elementos mostrados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explored slots</source>
        <translation>Posiciones exploradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model uncertainty</source>
        <translation>Incertidumbre del modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>posterior variance</source>
        <translation>varianza a posteriori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean posterior variance</source>
        <translation>Varianza a posteriori media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model versus truth</source>
        <translation>Modelo frente a verdad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rank correlation</source>
        <translation>correlación de rangos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alignment</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking error</source>
        <translation>Error de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regret</source>
        <translation>Arrepentimiento (regret)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true utility per slate</source>
        <translation>utilidad real por lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regret against the oracle</source>
        <translation>Regret frente al oráculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off-policy estimates</source>
        <translation>Estimaciones fuera de política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reward per impression</source>
        <translation>recompensa por impresión</translation>
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
        <translation>Verdad (simulada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context inference</source>
        <translation>Inferencia del contexto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of sessions</source>
        <translation>parte de las sesiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inferred context was the true one</source>
        <translation>El contexto inferido era el verdadero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy against the truth</source>
        <translation>Precisión frente a la verdad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score (0–1)</source>
        <translation>puntuación (0–1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision@K</source>
        <translation>Precisión@K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NDCG@K</source>
        <translation>NDCG@K</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retrieval</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retrieval recall</source>
        <translation>Recall de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall@10 against exact search</source>
        <translation>recall@10 frente a búsqueda exacta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALS index</source>
        <translation>Índice ALS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audio-feature index</source>
        <translation>Índice de rasgos de audio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Index age</source>
        <translation>Antigüedad del índice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age of the served index</source>
        <translation>Antigüedad del índice en uso</translation>
    </message>
    <message>
        <location filename="../ui/charts/dashboard.cpp" line="+45"/>
        <source>Pipeline funnel</source>
        <translation>Embudo del pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of the run</source>
        <translation>Día de la ejecución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention by signup day</source>
        <translation>Retención por día de alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since signup</source>
        <translation>Días desde el alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share still subscribed</source>
        <translation>proporción aún suscrita</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+49"/>
        <source>Day %1 after signup</source>
        <translation>Día %1 tras el alta</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>No values in this run: the engine does not measure this for the chosen recommender (or not yet).</source>
        <translation>No hay valores en esta ejecución: el motor no mide esto con el recomendador elegido (o todavía no).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No cohorts yet: run a day.</source>
        <translation>Aún no hay cohortes: simule un día.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 (dashed)</source>
        <translation>%1 (discontinua)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>No one lost yet: %1 (lines on top of each other at 1; a dot marks each end)</source>
        <translation>Aún sin bajas: %1 (líneas superpuestas en 1; un punto marca cada final)</translation>
    </message>
</context>
<context>
    <name>td::ui::FieldEditor</name>
    <message>
        <location filename="../ui/scenario/fieldeditor.cpp" line="+177"/>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Range: %1</source>
        <translation>Rango: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit: %1</source>
        <translation>Unidad: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default: %1</source>
        <translation>Por defecto: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Live knob: a change applies from the next simulated day and is marked on every chart.</source>
        <translation>Control en vivo: un cambio se aplica desde el siguiente día simulado y se marca en cada gráfico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applies when the run is reset.</source>
        <translation>Se aplica al reiniciar la ejecución.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Choose a File</source>
        <translation>Elegir un archivo</translation>
    </message>
</context>
<context>
    <name>td::ui::FileWrite</name>
    <message>
        <location filename="../ui/export/filewrite.cpp" line="+32"/>
        <source>Cannot write %1: %2. The existing file was left unchanged.</source>
        <translation>No se puede escribir %1: %2. El archivo existente no se ha modificado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write %1: %2. No file was written.</source>
        <translation>No se puede escribir %1: %2. No se ha escrito ningún archivo.</translation>
    </message>
</context>
<context>
    <name>td::ui::FrontierChart</name>
    <message>
        <location filename="../ui/charts/frontierchart.cpp" line="+313"/>
        <source>Copy Image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as PNG or SVG…</source>
        <translation>Exportar como PNG o SVG…</translation>
    </message>
</context>
<context>
    <name>td::ui::FunnelChart</name>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="+80"/>
        <source>Candidates by source</source>
        <translation>Candidatos por fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged pool</source>
        <translation>Conjunto combinado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed by filters</source>
        <translation>Eliminados por filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Ranked</source>
        <translation>Ordenados</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+53"/>
        <source>Shown</source>
        <translation>Mostrados</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+53"/>
        <source>Streamed</source>
        <translation>Escuchados</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Tracks per request (mean over the day)</source>
        <translation>Pistas por solicitud (media del día)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No funnel: only the pipeline recommender (recommender.kind = pipeline) publishes one. Run a day to see it.</source>
        <translation>No hay embudo: solo el recomendador pipeline (recommender.kind = pipeline) lo publica. Simule un día para verlo.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Merged (distinct tracks)</source>
        <translation>Combinados (pistas distintas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Pipeline funnel</source>
        <translation>Embudo del pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline funnel, day %1 (%2 requests)</source>
        <translation>Embudo del pipeline, día %1 (%2 solicitudes)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 tracks on the day&lt;br&gt;%3 per request</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 pistas en el día&lt;br&gt;%3 por solicitud</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy Image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as PNG or SVG…</source>
        <translation>Exportar como PNG o SVG…</translation>
    </message>
</context>
<context>
    <name>td::ui::GlossaryDialog</name>
    <message>
        <location filename="../ui/help/glossarydialog.cpp" line="+62"/>
        <source>Metric Glossary</source>
        <translation>Glosario de métricas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search metrics…</source>
        <translation>Buscar métricas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column names are those of the CSV export and of tastedrift-cli. The full definitions come from docs/metrics.md and are in English.</source>
        <translation>Los nombres de columna son los de la exportación CSV y de tastedrift-cli. Las definiciones completas proceden de docs/metrics.md y están en inglés.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No longer definition in this build&apos;s documentation.</source>
        <translation>No hay una definición más larga en la documentación de esta versión.</translation>
    </message>
</context>
<context>
    <name>td::ui::ImageExport</name>
    <message>
        <location filename="../ui/export/imageexport.cpp" line="+26"/>
        <source>There is nothing to export yet.</source>
        <translation>Todavía no hay nada que exportar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot encode the picture as PNG.</source>
        <translation>No se puede codificar la imagen como PNG.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot draw the chart as SVG.</source>
        <translation>No se puede dibujar el gráfico como SVG.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Exported from TasteDrift</source>
        <translation>Exportado desde TasteDrift</translation>
    </message>
</context>
<context>
    <name>td::ui::LanguageManager</name>
    <message>
        <location filename="../ui/languagemanager.cpp" line="+41"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>td::ui::ListenerCharts</name>
    <message>
        <location filename="../ui/charts/listenercharts.cpp" line="+138"/>
        <source>Their days</source>
        <translation>Sus días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genre mix</source>
        <translation>Mezcla de géneros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio features</source>
        <translation>Rasgos de audio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Their listening per day</source>
        <translation>Su escucha por día</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+6"/>
        <source>Day of the run</source>
        <translation>Día de la ejecución</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>tracks per day</source>
        <translation>pistas por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streams</source>
        <translation>Escuchas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skips</source>
        <translation>Saltos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended to them</source>
        <translation>Recomendadas a esta persona</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+8"/>
        <location line="+5"/>
        <source>Pick a listener and run a day.</source>
        <translation>Elija un oyente y simule un día.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Taste vs belief</source>
        <translation>Gusto frente a creencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction &amp;&amp; certainty</source>
        <translation>Satisfacción y certeza</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Satisfaction (truth)</source>
        <translation>Satisfacción (verdad)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0 … 1</source>
        <translation>0 … 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model&apos;s uncertainty</source>
        <translation>Incertidumbre del modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>posterior variance</source>
        <translation>varianza a posteriori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posterior variance</source>
        <translation>Varianza a posteriori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This recommender keeps no posterior (only the pipeline&apos;s ALS model does, from its first retraining on).</source>
        <translation>Este recomendador no mantiene una distribución a posteriori (solo lo hace el modelo ALS del pipeline, a partir de su primer reentrenamiento).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>True taste drift</source>
        <translation>Deriva del gusto real</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from signup taste</source>
        <translation>distancia al gusto del alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drift</source>
        <translation>Deriva</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Genre mix of their streams (7 days)</source>
        <translation>Mezcla de géneros de sus escuchas (7 días)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>share of streams</source>
        <translation>proporción de escuchas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No streams yet.</source>
        <translation>Aún no hay escuchas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio features: streamed vs shown</source>
        <translation>Rasgos de audio: escuchado frente a mostrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streamed by them</source>
        <translation>Escuchado por esta persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown to them</source>
        <translation>Mostrado a esta persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context:</source>
        <translation>Contexto:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All contexts</source>
        <translation>Todos los contextos</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Genre %1</source>
        <translation>Género %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing streamed or shown in this context yet.</source>
        <translation>Aún no se ha escuchado ni mostrado nada en este contexto.</translation>
    </message>
</context>
<context>
    <name>td::ui::ListenerInspector</name>
    <message>
        <location filename="../ui/inspector/listenerinspector.cpp" line="+214"/>
        <source>&amp;Listener:</source>
        <translation>&amp;Oyente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspect</source>
        <translation>Inspeccionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow this listener: their first Home request is traced every simulated day from now on</source>
        <translation>Seguir a este oyente: desde ahora se traza su primera solicitud de Inicio cada día simulado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Most streams on the last day</source>
        <translation>Más escuchas el último día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most skips on the last day</source>
        <translation>Más saltos el último día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest active listeners</source>
        <translation>Oyentes activos más recientes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most drifted (true taste)</source>
        <translation>Mayor deriva (gusto real)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned on the last day</source>
        <translation>Dados de baja el último día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lists are about the last simulated day. Drift and churn come from the ground truth, which the recommender never sees.</source>
        <translation>Las listas se refieren al último día simulado. La deriva y las bajas proceden de la verdad de la simulación, que el recomendador nunca ve.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show candidates removed by filters</source>
        <translation>Mostrar candidatos eliminados por filtros</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Choose a listener on the left (or type an id) and press &lt;b&gt;Inspect&lt;/b&gt;. From the next simulated day on, their first Home request is traced stage by stage.</source>
        <translation>Elija un oyente a la izquierda (o escriba un número) y pulse &lt;b&gt;Inspeccionar&lt;/b&gt;. Desde el siguiente día simulado, su primera solicitud de Inicio se traza etapa por etapa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Listener %1&lt;/b&gt; — waiting for the next simulated day: press Run or Step to see how their recommendations are made.</source>
        <translation>&lt;b&gt;Oyente %1&lt;/b&gt;: esperando el siguiente día simulado. Pulse Ejecutar o Avanzar para ver cómo se generan sus recomendaciones.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Listener %1&lt;/b&gt;, day %2: %3 request at %4 (true context: %5; the recommender inferred: %6), recommender &lt;i&gt;%7&lt;/i&gt;, policy &lt;i&gt;%8&lt;/i&gt;, slate of %9.</source>
        <translation>&lt;b&gt;Oyente %1&lt;/b&gt;, día %2: petición de %3 a las %4 (contexto verdadero: %5; el recomendador infirió: %6), recomendador &lt;i&gt;%7&lt;/i&gt;, política &lt;i&gt;%8&lt;/i&gt;, lista de %9.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That day they streamed %1 and skipped %2 tracks.</source>
        <translation>Ese día escuchó %1 pistas y saltó %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(No Home session that day: this request was made at noon for inspection only; it changed nothing in the run.)</source>
        <translation>(Ese día no hubo sesión de Inicio: esta solicitud se hizo a mediodía solo para inspeccionar; no cambió nada en la ejecución.)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>before the run</source>
        <translation>antes de la ejecución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on day %1</source>
        <translation>el día %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;churned&lt;/b&gt; on day %1</source>
        <translation>&lt;b&gt;dado de baja&lt;/b&gt; el día %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>n/a (no posterior)</source>
        <translation>n/d (sin distribución a posteriori)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truth at the end of day %1: satisfaction %2, drift from their taste at signup %3; signed up %4, %5. The model&apos;s uncertainty about them (ALS posterior variance): %6.</source>
        <translation>Verdad al final del día %1: satisfacción %2, deriva respecto a su gusto al darse de alta %3; dado de alta %4, %5. Incertidumbre del modelo sobre este oyente (varianza a posteriori de ALS): %6.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The ranker gave it a logit of %1, a predicted stream probability of %2 %.</source>
        <translation>El ordenador le asignó un logit de %1, es decir, una probabilidad de escucha predicha del %2 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ranker&apos;s logit plus the novelty objective&apos;s bonus for novel tracks came to %1.</source>
        <translation>El logit del ordenador más la bonificación del objetivo de novedad por pistas nuevas sumó %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its stream probability plus the weighted uplift of the listener&apos;s chance to stay, as the value model predicts it, came to %1.</source>
        <translation>Su probabilidad de escucha más el incremento ponderado de la probabilidad de que el oyente se quede, según el modelo de valor, sumó %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No ranker was trained yet, so it was ranked by its collaborative-filtering score, %1.</source>
        <translation>Aún no se había entrenado ningún ordenador, así que se ordenó por su puntuación de filtrado colaborativo, %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was ranked with a score of %1.</source>
        <translation>Se ordenó con una puntuación de %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;i&gt;Select a candidate to see how it got (or did not get) onto the slate.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Seleccione un candidato para ver cómo llegó (o no) a la lista.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Track %1</source>
        <translation>Pista %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; by %2 (%3) </source>
        <translation>&lt;b&gt;%1&lt;/b&gt; de %2 (%3) </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no genre label</source>
        <translation>sin etiqueta de género</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was proposed by %1. Its collaborative-filtering score was %2 and its audio features matched what the listener plays in this context with %3. </source>
        <translation>fue propuesta por %1. Su puntuación de filtrado colaborativo fue %2 y sus rasgos de audio coincidían con lo que el oyente escucha en este contexto con %3. </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The filter &lt;b&gt;%1&lt;/b&gt; removed it, so it was never ranked or shown.</source>
        <translation>El filtro &lt;b&gt;%1&lt;/b&gt; la eliminó, así que nunca se ordenó ni se mostró.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It passed every filter. </source>
        <translation>Pasó todos los filtros. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 policy added %2 for exploration, for a final score of %3 on the same scale. </source>
        <translation>La política %1 añadió %2 por exploración, para una puntuación final de %3 en la misma escala. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slate</source>
        <translation>lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It did not make the slate of %1: other candidates scored higher (or diversity re-ranking preferred others).</source>
        <translation>No entró en la lista de %1: otros candidatos puntuaron más alto (o la reordenación por diversidad prefirió otros).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was shown at position %1 of %2; the policy puts it there with probability %3 (logged for off-policy evaluation). </source>
        <translation>Se mostró en la posición %1 de %2; la política la coloca ahí con probabilidad %3 (registrada para la evaluación fuera de política). </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The listener &lt;b&gt;streamed&lt;/b&gt; it (at least 30 s).</source>
        <translation>El oyente la &lt;b&gt;escuchó&lt;/b&gt; (al menos 30 s).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listener &lt;b&gt;skipped&lt;/b&gt; it.</source>
        <translation>El oyente la &lt;b&gt;saltó&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listener did not get to it: lower positions are examined less often (position bias).</source>
        <translation>El oyente no llegó a ella: las posiciones más bajas se miran menos (sesgo de posición).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Listener %1 — %2 streams</source>
        <translation>Oyente %1 — %2 escuchas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listener %1 — %2 skips</source>
        <translation>Oyente %1 — %2 saltos</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Listener %1</source>
        <translation>Oyente %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Listener %1 — drift %2</source>
        <translation>Oyente %1 — deriva %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(nobody churned on the last day)</source>
        <translation>(nadie se dio de baja el último día)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(run a day to fill the lists)</source>
        <translation>(simule un día para llenar las listas)</translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="+223"/>
        <source>(no scenarios folder found)</source>
        <translation>(no se encontró la carpeta de escenarios)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listener inspector</source>
        <translation>Inspector de oyentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smoothing: a moving average over the last days (hover a point for the day&apos;s own value)</source>
        <translation>Suavizado: media móvil de los últimos días (pase el ratón por un punto para ver el valor del día)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No smoothing</source>
        <translation>Sin suavizado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3-day mean</source>
        <translation>Media de 3 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>7-day mean</source>
        <translation>Media de 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>14-day mean</source>
        <translation>Media de 14 días</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset Zoom</source>
        <translation>Restablecer zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every chart&apos;s whole range again (drag on a chart to zoom; double-click resets one chart)</source>
        <translation>Volver a mostrar el rango completo de cada gráfico (arrastre sobre un gráfico para ampliar; doble clic restablece un gráfico)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Scenario…</source>
        <translation>&amp;Abrir escenario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a scenario file (JSON) and start it from day 0</source>
        <translation>Cargar un archivo de escenario (JSON) y empezarlo desde el día 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presets</source>
        <translation>&amp;Plantillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Scenario As…</source>
        <translation>&amp;Guardar escenario como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the scenario as edited in the panel to a JSON file</source>
        <translation>Escribir el escenario tal como está editado en el panel en un archivo JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Workspace…</source>
        <translation>Abrir espacio de &amp;trabajo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the run database (SQLite) that runs are stored in; a new name creates it</source>
        <translation>Elegir la base de datos de ejecuciones (SQLite) donde se guardan las ejecuciones; un nombre nuevo la crea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new, empty run database and store runs there</source>
        <translation>Crear una base de datos de ejecuciones nueva y vacía y guardar allí las ejecuciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record Runs</source>
        <translation>&amp;Registrar ejecuciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store every run in the workspace (from the next run on)</source>
        <translation>Guardar cada ejecución en el espacio de trabajo (a partir de la siguiente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run Browser</source>
        <translation>&amp;Explorador de ejecuciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Live Run</source>
        <translation>Volver a la ejecución en vivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts of This &amp;Tab (PNG and SVG)…</source>
        <translation>Gráficos de esta &amp;pestaña (PNG y SVG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day Metrics as &amp;CSV…</source>
        <translation>Métricas diarias como &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard &amp;Report (PNG)…</source>
        <translation>&amp;Informe del panel (PNG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply Scenario Changes</source>
        <translation>Ap&amp;licar cambios del escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the run again from day 0 with the scenario as edited</source>
        <translation>Volver a empezar la ejecución desde el día 0 con el escenario editado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Live Knobs</source>
        <translation>Controles en &amp;vivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/B &amp;Compare…</source>
        <translation>&amp;Comparación A/B…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run two configurations on the same population and seed, side by side</source>
        <translation>Ejecutar dos configuraciones con la misma población y semilla, lado a lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tra&amp;de-offs…</source>
        <translation>Co&amp;mpromisos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a grid of settings on several seeds and draw plays today against listeners later, with the frontier</source>
        <translation>Ejecutar una rejilla de ajustes con varias semillas y dibujar las reproducciones de hoy frente a los oyentes de mañana, con la frontera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario &amp;Panel</source>
        <translation>&amp;Panel del escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Smoothing</source>
        <translation>&amp;Suavizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;Zoom</source>
        <translation>Restablecer &amp;zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find Parameter…</source>
        <translation>&amp;Buscar parámetro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the scenario panel&apos;s parameters by name</source>
        <translation>Filtrar por nombre los parámetros del panel del escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Tab</source>
        <translation>Ir a la pes&amp;taña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lesson &amp;Charts</source>
        <translation>&amp;Gráficos de la lección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the tab the scenario&apos;s lesson is about</source>
        <translation>Abrir la pestaña de la que trata la lección del escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric &amp;Glossary</source>
        <translation>&amp;Glosario de métricas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About TasteDrift</source>
        <translation>&amp;Acerca de TasteDrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+241"/>
        <source>%1 = %2 from day %3</source>
        <translation>%1 = %2 desde el día %3</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Preparing the world…</source>
        <translation>Preparando el mundo…</translation>
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
        <translation>No se puede abrir el escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scenario %1 cannot be used:

%2</source>
        <translation>No se puede usar el escenario %1:

%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot save scenario</source>
        <translation>No se puede guardar el escenario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario saved to %1</source>
        <translation>Escenario guardado en %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>Escenarios (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save Scenario As</source>
        <translation>Guardar escenario como</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenarios (*.json)</source>
        <translation>Escenarios (*.json)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported %1 by TasteDrift %2</source>
        <translation>Exportado el %1 por TasteDrift %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TasteDrift report</source>
        <translation>Informe de TasteDrift</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Day Metrics</source>
        <translation>Exportar métricas diarias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+20"/>
        <location line="+31"/>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Day metrics written to %1 (%2 days)</source>
        <translation>Métricas diarias escritas en %1 (%2 días)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Dashboard Report</source>
        <translation>Exportar informe del panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export Charts to Folder</source>
        <translation>Exportar gráficos a una carpeta</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Charts exported as PNG and SVG: %1</source>
        <translation>Gráficos exportados como PNG y SVG: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This language is not available in this build.</source>
        <translation>Este idioma no está disponible en esta versión.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Opened the setting %1 from the trade-offs (seed %2)</source>
        <translation>Se abrió el ajuste %1 de los compromisos (semilla %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About TasteDrift</source>
        <translation>Acerca de TasteDrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;TasteDrift %1&lt;/h3&gt;&lt;p&gt;A laboratory for music recommendation: synthetic listeners whose taste drifts, a streaming-service recommender serving them, and live charts of what the recommender does to them.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TasteDrift %1&lt;/h3&gt;&lt;p&gt;Un laboratorio de recomendación musical: oyentes sintéticos cuyo gusto cambia, el recomendador de un servicio de streaming que los atiende y gráficos en vivo de lo que el recomendador les hace.&lt;/p&gt;&lt;p&gt;Publicado bajo la licencia MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The scenario could not be started</source>
        <translation>No se pudo iniciar el escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scenario loaded</source>
        <translation>No hay ningún escenario cargado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready: press Run (Space) to start</source>
        <translation>Listo: pulse Ejecutar (Espacio) para empezar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finished: every day of the scenario has been simulated</source>
        <translation>Terminado: se han simulado todos los días del escenario</translation>
    </message>
    <message>
        <location line="-347"/>
        <source>Simulation error</source>
        <translation>Error de simulación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowworkspace.cpp" line="+68"/>
        <source>Workspace %1 opened</source>
        <translation>Espacio de trabajo %1 abierto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No workspace is open: runs are not recorded.</source>
        <translation>No hay ningún espacio de trabajo abierto: las ejecuciones no se registran.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace %1 stays open.</source>
        <translation>El espacio de trabajo %1 sigue abierto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be used as a workspace:

%2

%3</source>
        <translation>%1 no se puede usar como espacio de trabajo:

%2

%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run not recorded</source>
        <translation>Ejecución no registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run goes on but is not stored:

%1</source>
        <translation>La ejecución continúa, pero no se guarda:

%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded: %1</source>
        <translation>No registrada: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>New Workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open Workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de ejecuciones (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 already exists: it is opened, not replaced</source>
        <translation>%1 ya existe: se abre, no se reemplaza</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No workspace</source>
        <translation>Sin espacio de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs are not recorded (File &gt; Open Workspace)</source>
        <translation>Las ejecuciones no se registran (Archivo &gt; Abrir espacio de trabajo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace: %1</source>
        <translation>Espacio de trabajo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recording run %1</source>
        <translation>registrando la ejecución %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recording off</source>
        <translation>registro desactivado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+369"/>
        <source>Stored run %1 “%2” (%3, %4 of %5 days), read-only. The live run waits.</source>
        <translation>Ejecución guardada %1 «%2» (%3, %4 de %5 días), solo lectura. La ejecución en vivo espera.</translation>
    </message>
</context>
<context>
    <name>td::ui::RunBrowser</name>
    <message>
        <location filename="../ui/runs/runbrowser.cpp" line="+174"/>
        <location line="+260"/>
        <source>Workspace: %1</source>
        <translation>Espacio de trabajo: %1</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>Run %1 renamed to “%2”.</source>
        <translation>Ejecución %1 renombrada como «%2».</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Run %1 is the run being recorded now; it can be deleted when it is done (or after Reset).</source>
        <translation>La ejecución %1 se está registrando ahora; se podrá eliminar cuando termine (o tras Reiniciar).</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Run %1 deleted.</source>
        <translation>Ejecución %1 eliminada.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Delete Run</source>
        <translation>Eliminar ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete run %1 “%2” with all its stored days? This cannot be undone.</source>
        <translation>¿Eliminar la ejecución %1 «%2» con todos sus días guardados? No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading run %1…</source>
        <translation>Cargando la ejecución %1…</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Run %1 drawn dashed on the charts.</source>
        <translation>Ejecución %1 dibujada con línea discontinua en los gráficos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 shown in the dashboard (read-only).</source>
        <translation>Ejecución %1 mostrada en el panel (solo lectura).</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Replaying run %1…</source>
        <translation>Volviendo a simular la ejecución %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Replay of run %1 cancelled.</source>
        <translation>Nueva simulación de la ejecución %1 cancelada.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Replay of run %1 failed: %2</source>
        <translation>La nueva simulación de la ejecución %1 falló: %2</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Run %1: all %2 days match (%3 values identical)</source>
        <translation>Ejecución %1: los %2 días coinciden (%3 valores idénticos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; %1 newer metrics were not stored and not compared</source>
        <translation>; %1 métricas más recientes no estaban guardadas y no se compararon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 does not replay: first mismatch on day %2, metric %3: stored %4, replayed %5</source>
        <translation>La ejecución %1 no se reproduce: primera discrepancia el día %2, métrica %3: guardado %4, al volver a simular %5</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Run %1 was not replayed: it was recorded by simulation model %2, this build is %3: numbers are expected to differ.</source>
        <translation>La ejecución %1 no se volvió a simular: se grabó con el modelo de simulación %2 y esta versión tiene el %3: se espera que los números difieran.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run %1 was not replayed: its plugin &apos;%2&apos; changed since it was recorded (SHA-256 %3, now %4): numbers are expected to differ.</source>
        <translation>La ejecución %1 no se reprodujo: su complemento &apos;%2&apos; cambió desde que se grabó (SHA-256 %3, ahora %4): se esperan números distintos.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the stored run&apos;s day metrics in the dashboard, read-only (the live run is paused; Back to Live Run returns)</source>
        <translation>Mostrar las métricas diarias de la ejecución guardada en el panel, en solo lectura (la ejecución en vivo se pausa; «Volver a la ejecución en vivo» regresa a ella)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overlay</source>
        <translation>Superponer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the stored run dashed on the charts, to compare with the run shown</source>
        <translation>Dibujar la ejecución guardada con línea discontinua en los gráficos, para compararla con la ejecución mostrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Overlay</source>
        <translation>Quitar superposición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay</source>
        <translation>Volver a simular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulate the run again from its scenario, seed and live changes and compare every stored value bit for bit</source>
        <translation>Simular de nuevo la ejecución a partir de su escenario, semilla y cambios en vivo y comparar bit a bit cada valor guardado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the run&apos;s name (F2)</source>
        <translation>Editar el nombre de la ejecución (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the run and everything stored for it</source>
        <translation>Eliminar la ejecución y todo lo guardado de ella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No workspace</source>
        <translation>Sin espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>td::ui::RunHistory</name>
    <message>
        <location filename="../ui/session/runhistory.cpp" line="+51"/>
        <source>Day %1: %2 set to %3</source>
        <translation>Día %1: %2 cambiado a %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>taste shock</source>
        <translation>choque de gusto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day %1: scheduled taste shock (%2 of listeners)</source>
        <translation>Día %1: choque de gusto programado (%2 de los oyentes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day %1: scheduled change, %2 set to %3</source>
        <translation>Día %1: cambio programado, %2 cambiado a %3</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>start</source>
        <translation>inicio</translation>
    </message>
</context>
<context>
    <name>td::ui::RunSession</name>
    <message>
        <location filename="../ui/session/runsession.cpp" line="+160"/>
        <source>run %1</source>
        <translation>ejecución %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stored run %1 “%2” (%3), day %4 of %5</source>
        <translation>Ejecución guardada %1 «%2» (%3), día %4 de %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scenario: %1</source>
        <translation>Escenario: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day %1 of %2 · seed %3 · %4 listeners at the start · recommender: %5</source>
        <translation>Día %1 de %2 · semilla %3 · %4 oyentes al inicio · recomendador: %5</translation>
    </message>
</context>
<context>
    <name>td::ui::RunTableModel</name>
    <message>
        <location filename="../ui/runs/runtablemodel.cpp" line="+16"/>
        <source>recording</source>
        <translation>registrando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Being recorded by this window&apos;s run</source>
        <translation>La está registrando la ejecución de esta ventana</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days stored</source>
        <translation>Días guardados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Creada</translation>
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
        <translation>Controles de ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run the simulation day after day</source>
        <translation>Ejecutar la simulación día tras día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause after the day in progress</source>
        <translation>Pausar tras el día en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step One Day</source>
        <translation>&amp;Avanzar un día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Simulate exactly one more day, then pause</source>
        <translation>Simular exactamente un día más y pausar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rese&amp;t</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the scenario again from day 0</source>
        <translation>Volver a empezar el escenario desde el día 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated days per second</source>
        <translation>Días simulados por segundo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As fast as possible</source>
        <translation>Lo más rápido posible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day per second</source>
        <translation>1 día por segundo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days per second</source>
        <translation>%1 días por segundo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Days simulated / days in the scenario</source>
        <translation>Días simulados / días del escenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulation speed: listeners simulated for one day, per second of wall-clock time</source>
        <translation>Velocidad de simulación: oyentes simulados durante un día, por segundo de tiempo real</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Day %1 / %2</source>
        <translation>Día %1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 days</source>
        <translation>%1 de %2 días</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 listener-days/s</source>
        <translation>%1 oyentes-día/s</translation>
    </message>
</context>
<context>
    <name>td::ui::ScenarioPanel</name>
    <message>
        <location filename="../ui/scenario/scenariopanel.cpp" line="+206"/>
        <source>Filter parameters…</source>
        <translation>Filtrar parámetros…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some changes apply only when the run starts again.</source>
        <translation>Algunos cambios solo se aplican cuando la ejecución vuelve a empezar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;&amp; Reset</source>
        <translation>Aplicar y reiniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the run again from day 0 with the edited scenario</source>
        <translation>Volver a empezar la ejecución desde el día 0 con el escenario editado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These knobs can change while the run goes on. A change applies from the next simulated day and is marked on every chart.</source>
        <translation>Estos controles pueden cambiar durante la ejecución. Un cambio se aplica desde el siguiente día simulado y se marca en cada gráfico.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Live knobs</source>
        <translation>Controles en vivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Lesson: where to look</source>
        <translation>Lección: dónde mirar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the &amp;Charts</source>
        <translation>Mostrar los &amp;gráficos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show “%1”</source>
        <translation>Mostrar «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the lesson&apos;s tab; its charts are framed</source>
        <translation>Abrir la pestaña de la lección; sus gráficos van enmarcados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in scenario</source>
        <translation>Escenario integrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::ScheduleEditor</name>
    <message>
        <location filename="../ui/scenario/scheduleeditor.cpp" line="+66"/>
        <source>Dated events of the run. &lt;b&gt;set&lt;/b&gt; changes a live knob at the start of a day; &lt;b&gt;taste_shock&lt;/b&gt; moves a share of listeners toward a genre (-1: a random genre each). Day 0 is the first simulated day.</source>
        <translation>Eventos con fecha de la ejecución. &lt;b&gt;set&lt;/b&gt; cambia un control en vivo al empezar un día; &lt;b&gt;taste_shock&lt;/b&gt; desplaza a una parte de los oyentes hacia un género (-1: un género al azar para cada uno). El día 0 es el primer día simulado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Genre</source>
        <translation>Género</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strength</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Entry</source>
        <translation>Añadir entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Row %1: the day must be a whole number.</source>
        <translation>Fila %1: el día debe ser un número entero.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Row %1: share, genre and strength must be numbers.</source>
        <translation>Fila %1: proporción, género e intensidad deben ser números.</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticEditor</name>
    <message>
        <location filename="../ui/tradeoffs/statisticeditor.cpp" line="+122"/>
        <source>the last day</source>
        <translation>el último día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>day %1</source>
        <translation>el día %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+28"/>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1, sum over days %2–%3</source>
        <translation>%1, suma de los días %2–%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, mean per day over days %2–%3</source>
        <translation>%1, media diaria de los días %2–%3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>sum over the days</source>
        <translation>suma de los días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean per day over the days</source>
        <translation>media diaria de los días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sum needs the metric on every day of the window; a mean uses the days on which it is defined. One day: the same day twice.</source>
        <translation>Una suma necesita la métrica en todos los días de la ventana; una media usa los días en que está definida. Un solo día: el mismo día dos veces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from day</source>
        <translation>del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days as the charts count them, 1 = the first simulated day; &quot;last&quot; = the run&apos;s last day</source>
        <translation>Días tal como los cuentan los gráficos, 1 = el primer día simulado; «último» = el último día de la ejecución</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lower is better</source>
        <translation>menos es mejor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the frontier: whether less of this metric is the better end (e.g. churn)</source>
        <translation>Para la frontera: si menos de esta métrica es el extremo mejor (p. ej., el abandono)</translation>
    </message>
</context>
<context>
    <name>td::ui::TasteBeliefChart</name>
    <message>
        <location filename="../ui/charts/tastebeliefchart.cpp" line="+34"/>
        <source>its content profile of the listener in this context</source>
        <translation>su perfil de contenido del oyente en este contexto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean of its top %1 tracks by CF score (context-free)</source>
        <translation>media de sus %1 mejores pistas por puntuación CF (sin contexto)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Context:</source>
        <translation>Contexto:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The listening context: taste shifts with it (e.g. workout raises energy and tempo)</source>
        <translation>El contexto de escucha: el gusto cambia con él (p. ej., el ejercicio sube la energía y el tempo)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scale %1; hover a bar for raw values</source>
        <translation>Escala %1; pase el ratón por una barra para ver los valores brutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a listener and run a day.</source>
        <translation>Elija un oyente y simule un día.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>True taste vs the model&apos;s belief — %1</source>
        <translation>Gusto real frente a la creencia del modelo — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True taste (top %1 tracks)</source>
        <translation>Gusto real (%1 mejores pistas)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>Model&apos;s belief</source>
        <translation>Creencia del modelo</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Model&apos;s belief (content profile)</source>
        <translation>Creencia del modelo (perfil de contenido)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model&apos;s belief (CF top %1)</source>
        <translation>Creencia del modelo (CF, %1 mejores)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 recommender keeps no belief about listeners: only their true taste is drawn.</source>
        <translation>El recomendador %1 no tiene ninguna creencia sobre los oyentes: solo se dibuja su gusto real.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 recommender has no belief about this listener in this context yet (no model vector before its first retraining, too few streams here).</source>
        <translation>El recomendador %1 aún no tiene ninguna creencia sobre este oyente en este contexto (sin vector del modelo antes de su primer reentrenamiento, demasiado pocas escuchas aquí).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>True taste: %1 (mean of the %2 tracks the listener would love most here)</source>
        <translation>Gusto real: %1 (media de las %2 pistas que más le gustarían al oyente aquí)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model&apos;s belief: none</source>
        <translation>Creencia del modelo: ninguna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model&apos;s belief: %1 (%2)</source>
        <translation>Creencia del modelo: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>td::ui::TimeChart</name>
    <message>
        <location filename="../ui/charts/timechart.cpp" line="+560"/>
        <source>Day %1</source>
        <translation>Día %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1-day mean; that day: %2</source>
        <translation>media de %1 días; ese día: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reset Zoom</source>
        <translation>Restablecer zoom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy Image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as PNG or SVG…</source>
        <translation>Exportar como PNG o SVG…</translation>
    </message>
    <message>
        <location filename="../ui/charts/timechartframe.cpp" line="+55"/>
        <source>Highlighted: the scenario&apos;s lesson is about this chart</source>
        <translation>Resaltado: la lección del escenario trata de este gráfico</translation>
    </message>
</context>
<context>
    <name>td::ui::TraceModel</name>
    <message>
        <location filename="../ui/inspector/tracemodel.cpp" line="+111"/>
        <source>Track %1</source>
        <translation>Pista %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no label)</source>
        <translation>(sin etiqueta)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Removed</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not shown</source>
        <translation>No mostrada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Position on the slate (1 = top); empty if not shown</source>
        <translation>Posición en la lista (1 = arriba); vacía si no se mostró</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candidate sources that proposed the track</source>
        <translation>Fuentes de candidatos que propusieron la pista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collaborative-filtering score: inner product of the ALS listener and track vectors</source>
        <translation>Puntuación de filtrado colaborativo: producto escalar de los vectores ALS del oyente y de la pista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Similarity of the track&apos;s audio features to what the listener played in this context</source>
        <translation>Similitud de los rasgos de audio de la pista con lo que el oyente escuchó en este contexto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The logistic ranker&apos;s logit: the log-odds that the listener streams the track (≥ 30 s); 0 means even odds</source>
        <translation>Logit del ordenador logístico: el logaritmo de las probabilidades (log-odds) de que el oyente escuche la pista (≥ 30 s); 0 significa 50/50</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logistic ranker&apos;s logit plus the novelty objective&apos;s weight on novel tracks</source>
        <translation>Logit del ordenador logístico más el peso del objetivo de novedad sobre las pistas nuevas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The retention objective: the stream probability (the CF score before a ranker is trained) plus the objective weight times the value model&apos;s uplift of the listener&apos;s chance to stay</source>
        <translation>El objetivo de retención: la probabilidad de escucha (la puntuación CF antes de entrenar el ordenador) más el peso del objetivo por el incremento de la probabilidad de que el oyente se quede según el modelo de valor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No trained ranker yet: candidates are ranked by their collaborative-filtering score</source>
        <translation>Aún no hay ningún ordenador entrenado: los candidatos se ordenan por su puntuación de filtrado colaborativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The score the candidates were ranked by</source>
        <translation>La puntuación por la que se ordenaron los candidatos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ranker&apos;s predicted probability of a stream, σ(logit) = 1 / (1 + e^−logit)</source>
        <translation>Probabilidad de escucha predicha por el ordenador, σ(logit) = 1 / (1 + e^−logit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the exploration policy added to the ranker score (uncertainty bonus, sampled noise)</source>
        <translation>Lo que la política de exploración añadió a la puntuación del ordenador (bonificación por incertidumbre, ruido muestreado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score the policy ordered the slate by</source>
        <translation>Puntuación con la que la política ordenó la lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability that the policy shows this track at this position (logged for off-policy evaluation)</source>
        <translation>Probabilidad de que la política muestre esta pista en esta posición (registrada para la evaluación fuera de política)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The filter that removed the candidate, if any</source>
        <translation>El filtro que eliminó al candidato, si lo hubo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the listener did with the shown track</source>
        <translation>Lo que hizo el oyente con la pista mostrada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pos.</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track</source>
        <translation>Pista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Artist</source>
        <translation>Artista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genre</source>
        <translation>Género</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CF score</source>
        <translation>Punt. CF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ranker logit</source>
        <translation>Logit del ordenador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logit + novelty</source>
        <translation>Logit + novedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream + value</source>
        <translation>Escucha + valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank score (CF)</source>
        <translation>Punt. de orden (CF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank score</source>
        <translation>Punt. de orden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P(stream)</source>
        <translation>P(escucha)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exploration</source>
        <translation>Exploración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Propensity</source>
        <translation>Propensión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed by</source>
        <translation>Eliminada por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>td::ui::TradeoffWindow</name>
    <message>
        <location filename="../ui/tradeoffs/tradeoffwindow.cpp" line="+228"/>
        <source>%1 of %2 runs</source>
        <translation>%1 de %2 ejecuciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled: %1 of %2 runs complete; the settings with complete runs are drawn.</source>
        <translation>Cancelado: %1 de %2 ejecuciones completas; se dibujan los ajustes con ejecuciones completas.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 holds no sweep with a complete run.</source>
        <translation>%1 no contiene ningún barrido con una ejecución completa.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 — %2 — %3 settings × %4 seeds</source>
        <translation>%1 — %2 — %3 ajustes × %4 semillas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trade-offs — TasteDrift</source>
        <translation>Compromisos — TasteDrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings to compare</source>
        <translation>Ajustes que comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knob &amp;1:</source>
        <translation>Parámetro &amp;1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knob &amp;2:</source>
        <translation>Parámetro &amp;2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Values:</source>
        <translation>&amp;Valores:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;alues:</source>
        <translation>Val&amp;ores:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 0, 0.1, 0.2, 0.3</source>
        <translation>p. ej. 0, 0.1, 0.2, 0.3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated values of the knob; every value of knob 1 runs with every value of knob 2</source>
        <translation>Valores del parámetro separados por comas (punto decimal); cada valor del parámetro 1 se ejecuta con cada valor del parámetro 2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;eeds per setting:</source>
        <translation>Semillas por a&amp;juste:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every setting runs on these seeds (the scenario&apos;s seed and the next ones); the error bars are 95 % intervals of the mean</source>
        <translation>Cada ajuste se ejecuta con estas semillas (la semilla del escenario y las siguientes); las barras de error son intervalos del 95 % de la media</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Short term (x axis)</source>
        <translation>Corto plazo (eje x)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Short term:</source>
        <translation>&amp;Corto plazo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long term (y axis)</source>
        <translation>Largo plazo (eje y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Long term:</source>
        <translation>Lar&amp;go plazo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run Grid</source>
        <translation>Ejecutar &amp;rejilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Sweep…</source>
        <translation>Abrir &amp;barrido…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a sweep recorded earlier: of the workspace, or of any run database (e.g. made with tastedrift-cli sweep)</source>
        <translation>Dibujar un barrido guardado antes: del espacio de trabajo o de cualquier base de datos de ejecuciones (p. ej., creada con tastedrift-cli sweep)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in &amp;Main Window</source>
        <translation>Abrir en la ventana &amp;principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the selected setting into the main window (also: click its point)</source>
        <translation>Cargar el ajuste seleccionado en la ventana principal (también: pulsar su punto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short term (mean ± 95 %)</source>
        <translation>Corto plazo (media ± 95 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long term (mean ± 95 %)</source>
        <translation>Largo plazo (media ± 95 %)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seeds</source>
        <translation>Semillas</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>On the frontier</source>
        <translation>En la frontera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dominated (hollow)</source>
        <translation>Dominado (hueco)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frontier</source>
        <translation>Frontera</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A grid is already running.</source>
        <translation>Ya se está ejecutando una rejilla.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Knob %1 (%2) has no values.</source>
        <translation>El parámetro %1 (%2) no tiene valores.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>starting…</source>
        <translation>empezando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running %1 settings × %2 seeds …</source>
        <translation>Ejecutando %1 ajustes × %2 semillas…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Open a Sweep</source>
        <translation>Abrir un barrido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de ejecuciones (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/tradeoffs/tradeoffwindowresults.cpp" line="+53"/>
        <source>a temporary database (no workspace is open)</source>
        <translation>una base de datos temporal (no hay ningún espacio de trabajo abierto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweep %1 in %2: %3 settings, %4 complete runs.</source>
        <translation>Barrido %1 en %2: %3 ajustes, %4 ejecuciones completas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 incomplete runs are left out.</source>
        <translation>Se omiten %1 ejecuciones incompletas.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>base scenario</source>
        <translation>escenario base</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trade-off: %1 against %2</source>
        <translation>Compromiso: %1 frente a %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose knobs and values, then Run Grid (or Open Sweep…).</source>
        <translation>Elija parámetros y valores y luego Ejecutar rejilla (o Abrir barrido…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No setting has a value for both statistics: see the note.</source>
        <translation>Ningún ajuste tiene valor para ambas estadísticas: vea la nota.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>On the frontier. Click to open it in the main window.</source>
        <translation>En la frontera. Púlselo para abrirlo en la ventana principal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominated. Click to open it in the main window.</source>
        <translation>Dominado. Púlselo para abrirlo en la ventana principal.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 settings have no value for a statistic and are not drawn: is the window of days longer than the runs, or the metric undefined for them?</source>
        <translation>%1 ajustes no tienen valor para una estadística y no se dibujan: ¿es la ventana de días más larga que las ejecuciones, o la métrica no está definida para ellos?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every setting gave exactly the same numbers: does the knob act in this scenario? (e.g. policy.epsilon acts only with policy.kind = epsilon_greedy)</source>
        <translation>Todos los ajustes dieron exactamente los mismos números: ¿actúa el parámetro en este escenario? (p. ej., policy.epsilon solo actúa con policy.kind = epsilon_greedy)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points are means over the seeds, bars their 95 % intervals; dominance is decided on the means, so a hollow point whose bars overlap a filled one may not be worse in truth.</source>
        <translation>Los puntos son medias sobre las semillas y las barras sus intervalos del 95 %; la dominancia se decide sobre las medias, así que un punto hueco cuyas barras se solapan con uno relleno quizá no sea peor en realidad.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot open this setting: %1</source>
        <translation>No se puede abrir este ajuste: %1</translation>
    </message>
    <message>
        <location filename="../ui/tradeoffs/tradeoffwindow.cpp" line="+19"/>
        <source>No workspace is open: the grid&apos;s runs go to a temporary database until this window closes.</source>
        <translation>No hay ningún espacio de trabajo abierto: las ejecuciones de la rejilla van a una base de datos temporal hasta que se cierre esta ventana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The grid&apos;s runs are recorded in the workspace as one sweep.</source>
        <translation>Las ejecuciones de la rejilla se guardan en el espacio de trabajo como un barrido.</translation>
    </message>
</context>
<context>
    <name>td::ui::Vocabulary</name>
    <message>
        <location filename="../ui/vocabulary.cpp" line="+27"/>
        <source>Collaborative filtering</source>
        <translation>Filtrado colaborativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio-feature neighbours</source>
        <translation>Vecinos por rasgos de audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similar to last played</source>
        <translation>Similar a lo último escuchado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trending</source>
        <translation>En tendencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from followed artists</source>
        <translation>Novedades de artistas seguidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New releases</source>
        <translation>Lanzamientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random exploration</source>
        <translation>Exploración aleatoria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blocked artist</source>
        <translation>Artista bloqueado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped recently</source>
        <translation>Saltada hace poco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heard recently</source>
        <translation>Escuchada hace poco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heard before</source>
        <translation>Ya escuchada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explicit content off</source>
        <translation>Contenido explícito desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artist cap per slate</source>
        <translation>Límite por artista</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No context</source>
        <translation>Sin contexto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commute</source>
        <translation>Trayecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workout</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening</source>
        <translation>Tarde-noche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep</source>
        <translation>Dormir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discover Weekly</source>
        <translation>Descubrimiento semanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release Radar</source>
        <translation>Radar de novedades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search and library</source>
        <translation>Búsqueda y biblioteca</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Streamed</source>
        <translation>Escuchados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Saltada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not examined</source>
        <translation>No examinada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Greedy</source>
        <translation>Voraz (greedy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ε-greedy</source>
        <translation>ε-voraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Softmax (Plackett–Luce)</source>
        <translation>Muestreo softmax (Plackett–Luce)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UCB</source>
        <translation>Cota superior de confianza (UCB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thompson sampling</source>
        <translation>Muestreo de Thompson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinUCB</source>
        <translation>UCB lineal (LinUCB)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Random</source>
        <translation>Aleatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most popular</source>
        <translation>Más popular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oracle (knows the truth)</source>
        <translation>Oráculo (conoce la verdad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full pipeline</source>
        <translation>Pipeline completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugin library</source>
        <translation>Biblioteca de complemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream chance</source>
        <translation>Probabilidad de escucha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Novelty bonus</source>
        <translation>Bonificación por novedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learned retention</source>
        <translation>Retención aprendida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logistic ranker</source>
        <translation>Ordenador logístico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CF score only</source>
        <translation>Solo puntuación CF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default policy (inherit)</source>
        <translation>Política por defecto (heredar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Danceability</source>
        <translation>Bailabilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+130"/>
        <source>Valence</source>
        <translation>Valencia</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Acousticness</source>
        <translation>Acusticidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instrumentalness</source>
        <translation>Instrumentalidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speechiness</source>
        <translation>Presencia de voz hablada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liveness</source>
        <translation>Sensación en vivo</translation>
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
        <translation>Sonoridad</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share</source>
        <translation>proporción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listeners</source>
        <translation>oyentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listeners/day</source>
        <translation>oyentes/día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tracks</source>
        <translation>pistas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>genres</source>
        <translation>géneros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sub-genres</source>
        <translation>subgéneros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dimensions</source>
        <translation>dimensiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>std. dev.</source>
        <translation>desv. típ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latent units</source>
        <translation>unidades latentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latent units/day</source>
        <translation>unidades latentes/día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions/day</source>
        <translation>sesiones/día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logit</source>
        <translation>unidades logit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logit per unit</source>
        <translation>logit por unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per day</source>
        <translation>por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per week</source>
        <translation>por semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight</source>
        <translation>peso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per position</source>
        <translation>por posición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per track</source>
        <translation>por pista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per skip</source>
        <translation>por salto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per session</source>
        <translation>por sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>utility</source>
        <translation>utilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probability</source>
        <translation>probabilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satisfaction</source>
        <translation>satisfacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence</source>
        <translation>evidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>factors</source>
        <translation>factores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iterations</source>
        <translation>iteraciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steps</source>
        <translation>pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>links</source>
        <translation>enlaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plays</source>
        <translation>reproducciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bits</source>
        <translation>bits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share per day</source>
        <translation>proporción por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draws</source>
        <translation>extracciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actions</source>
        <translation>acciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variance</source>
        <translation>varianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>streams per impression</source>
        <translation>escuchas por impresión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requests</source>
        <translation>solicitudes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>World</source>
        <translation>Mundo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listeners &amp; drift</source>
        <translation>Oyentes y deriva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>Pipeline de recomendación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exploration</source>
        <translation>Exploración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Popularity chart</source>
        <translation>Lista de popularidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uniform sample</source>
        <translation>Muestra uniforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True utility (oracle)</source>
        <translation>Utilidad real (oráculo)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Dance</source>
        <translation>Bailable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acoustic</source>
        <translation>Acústica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instrum.</source>
        <translation>Instrum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech</source>
        <translation>Habla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>logistic ranker</source>
        <translation>ordenador logístico</translation>
    </message>
</context>
</TS>
