<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+42"/>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>--compare %1: %2</source>
        <translation>--compare %1: %2</translation>
    </message>
    <message>
        <location line="+47"/>
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
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override run.days: simulate N days.</source>
        <translation>Sustituye run.days: simula N días.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Show this tab: engagement, feedback, diversity, certainty, funnel or inspector (with --screenshot: save only that tab).</source>
        <translation>Mostrar esta pestaña: engagement, feedback, diversity, certainty, funnel o inspector (con --screenshot: guardar solo esa pestaña).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TAB</source>
        <translation>PESTAÑA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspect this listener from day 1 (default with --tab inspector: 0).</source>
        <translation>Inspeccionar a este oyente desde el día 1 (por defecto con --tab inspector: 0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>NÚM</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Metric shown in the A/B window (e.g. skip_rate).</source>
        <translation>Métrica mostrada en la ventana A/B (p. ej. skip_rate).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>MÉTRICA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario file to open (like --scenario).</source>
        <translation>Archivo de escenario que abrir (como --scenario).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[FILE]</source>
        <translation>[ARCHIVO]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--days: expected a whole number &gt;= 1, got &apos;%1&apos;</source>
        <translation>--days: se esperaba un número entero &gt;= 1, se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--tab: expected one of %1, got &apos;%2&apos;</source>
        <translation>--tab: se esperaba uno de %1, se recibió &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--listener: expected an id &gt;= 0, got &apos;%1&apos;</source>
        <translation>--listener: se esperaba un número &gt;= 0, se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+36"/>
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
    <name>td::run::SimulationWorker</name>
    <message>
        <location filename="../core/run/simulationworker.cpp" line="+86"/>
        <source>No scenario is loaded.</source>
        <translation>No hay ningún escenario cargado.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Internal error: the engine was called from a thread that does not own it.</source>
        <translation>Error interno: se llamó al motor desde un hilo que no es su propietario.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Day %1 failed: %2</source>
        <translation>El día %1 falló: %2</translation>
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
        <location filename="../ui/compare/comparewindow.cpp" line="+225"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <source>Metric:</source>
        <translation>Métrica:</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+124"/>
        <source>Every metric on the last day both runs reached</source>
        <translation>Todas las métricas en el último día que alcanzaron ambas ejecuciones</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>A (as in the main window)</source>
        <translation>A (como en la ventana principal)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+62"/>
        <source>What B changes: nothing yet — edit B on the left</source>
        <translation>Qué cambia B: nada todavía — edite B a la izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What B changes (%1)</source>
        <translation>Qué cambia B (%1)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: A and B</source>
        <translation>%1: A y B</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
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
        <location line="+38"/>
        <source>A: day %1 / %2    B: day %3 / %4</source>
        <translation>A: día %1 / %2    B: día %3 / %4</translation>
    </message>
</context>
<context>
    <name>td::ui::Dashboard</name>
    <message>
        <location filename="../ui/charts/dashboard.cpp" line="+48"/>
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
        <translation>proporción de la evidencia de entrenamiento</translation>
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
        <source>popularity percentile (catalogue = 0.5)</source>
        <translation>percentil de popularidad (catálogo = 0,5)</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>IPS estimate</source>
        <translation>Estimación IPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNIPS estimate</source>
        <translation>Estimación SNIPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Truth (simulated)</source>
        <translation>Verdad (simulada)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <translation>NDCG@K (calidad de orden)</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+69"/>
        <location line="+38"/>
        <source>Day %1 after signup</source>
        <translation>Día %1 tras el alta</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No values in this run: the engine does not measure this for the chosen recommender (or not yet).</source>
        <translation>No hay valores en esta ejecución: el motor no mide esto con el recomendador elegido (o todavía no).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No cohorts yet: run a day.</source>
        <translation>Aún no hay cohortes: simule un día.</translation>
    </message>
</context>
<context>
    <name>td::ui::FieldEditor</name>
    <message>
        <location filename="../ui/scenario/fieldeditor.cpp" line="+176"/>
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
        <source>Column names are those of the CSV export and of tastedrift-cli. Definitions: docs/metrics.md.</source>
        <translation>Los nombres de columna son los de la exportación CSV y de tastedrift-cli. Definiciones: docs/metrics.md.</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location filename="../ui/export/imageexport.cpp" line="+25"/>
        <source>There is nothing to export yet.</source>
        <translation>Todavía no hay nada que exportar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <location line="+13"/>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
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
        <location filename="../ui/charts/listenercharts.cpp" line="+120"/>
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
        <location line="+1"/>
        <source>Their listening per day</source>
        <translation>Su escucha por día</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location line="+1"/>
        <source>Pick a listener and run a day.</source>
        <translation>Elija un oyente y simule un día.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+1"/>
        <source>mean (tempo ÷ 200 BPM, loudness 0 = −60 dB)</source>
        <translation>media (tempo ÷ 200 BPM, sonoridad 0 = −60 dB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context:</source>
        <translation>Contexto:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All contexts</source>
        <translation>Todos los contextos</translation>
    </message>
    <message>
        <location line="+108"/>
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
        <location filename="../ui/inspector/listenerinspector.cpp" line="+198"/>
        <source>Listener:</source>
        <translation>Oyente:</translation>
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
        <location line="+3"/>
        <source>Lists are about the last simulated day. The most drifted and today&apos;s churned listeners need engine support.</source>
        <translation>Las listas se refieren al último día simulado. Los oyentes que más derivaron y los que se dieron de baja hoy necesitan soporte del motor.</translation>
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
        <source>&lt;b&gt;Listener %1&lt;/b&gt;, day %2: %3 request at %4 (context: %5), recommender &lt;i&gt;%6&lt;/i&gt;, policy &lt;i&gt;%7&lt;/i&gt;, slate of %8.</source>
        <translation>&lt;b&gt;Oyente %1&lt;/b&gt;, día %2: solicitud en %3 a las %4 (contexto: %5), recomendador &lt;i&gt;%6&lt;/i&gt;, política &lt;i&gt;%7&lt;/i&gt;, lista de %8.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+17"/>
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
        <source>It passed every filter. The ranker scored it %1; the %2 policy added %3 for exploration, for a final score of %4. </source>
        <translation>Pasó todos los filtros. El ordenador le dio %1; la política %2 añadió %3 por exploración, con una puntuación final de %4. </translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Listener %1</source>
        <translation>Oyente %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(run a day to fill the lists)</source>
        <translation>(simule un día para llenar las listas)</translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="+164"/>
        <source>(no scenarios folder found)</source>
        <translation>(no se encontró la carpeta de escenarios)</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+6"/>
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
        <translation>&amp;Aplicar cambios del escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the run again from day 0 with the scenario as edited</source>
        <translation>Volver a empezar la ejecución desde el día 0 con el escenario editado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Live Knobs</source>
        <translation>&amp;Controles en vivo</translation>
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
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Restablecer zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../ui/mainwindow.cpp" line="+188"/>
        <source>%1 = %2 from day %3</source>
        <translation>%1 = %2 desde el día %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Preparing the world…</source>
        <translation>Preparando el mundo…</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+15"/>
        <source>Cannot save scenario</source>
        <translation>No se puede guardar el escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
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
        <source>Scenario: %1</source>
        <translation>Escenario: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day %1 of %2 · seed %3 · %4 listeners at the start · recommender: %5</source>
        <translation>Día %1 de %2 · semilla %3 · %4 oyentes al inicio · recomendador: %5</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+45"/>
        <source>About TasteDrift</source>
        <translation>Acerca de TasteDrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;TasteDrift %1&lt;/h3&gt;&lt;p&gt;A laboratory for music recommendation: synthetic listeners whose taste drifts, a streaming-service recommender serving them, and live charts of what the recommender does to them.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TasteDrift %1&lt;/h3&gt;&lt;p&gt;Un laboratorio de recomendación musical: oyentes sintéticos cuyo gusto cambia, el recomendador de un servicio de streaming que los atiende y gráficos en vivo de lo que el recomendador les hace.&lt;/p&gt;&lt;p&gt;Publicado bajo la licencia MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The scenario could not be started</source>
        <translation>No se pudo iniciar el escenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No scenario loaded</source>
        <translation>No hay ningún escenario cargado</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+34"/>
        <source>Simulation error</source>
        <translation>Error de simulación</translation>
    </message>
</context>
<context>
    <name>td::ui::MetricsExport</name>
    <message>
        <location filename="../ui/export/metricsexport.cpp" line="+29"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>td::ui::RunHistory</name>
    <message>
        <location filename="../ui/runhistory.cpp" line="+51"/>
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
        <location filename="../ui/scenario/scenariopanel.cpp" line="+193"/>
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
        <location line="+21"/>
        <source>Live knobs</source>
        <translation>Controles en vivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+37"/>
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
    <name>td::ui::TimeChart</name>
    <message>
        <location filename="../ui/charts/timechart.cpp" line="+413"/>
        <source>Day %1</source>
        <translation>Día %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1-day mean; that day: %2</source>
        <translation>media de %1 días; ese día: %2</translation>
    </message>
    <message>
        <location line="+10"/>
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
</context>
<context>
    <name>td::ui::TraceModel</name>
    <message>
        <location filename="../ui/inspector/tracemodel.cpp" line="+95"/>
        <source>Track %1</source>
        <translation>Pista %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no label)</source>
        <translation>(sin etiqueta)</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+3"/>
        <source>The ranker&apos;s score: higher means a stream (≥ 30 s) is more likely</source>
        <translation>Puntuación del ordenador: más alta significa que una escucha (≥ 30 s) es más probable</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Ranker</source>
        <translation>Ordenador</translation>
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
        <source>Stream chance</source>
        <translation>Probabilidad de escucha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention-aware</source>
        <translation>Orientado a la retención</translation>
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
        <location line="+4"/>
        <source>Danceability</source>
        <translation>Bailabilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valence</source>
        <translation>Valencia</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Tempo</source>
        <translation>Tempo (BPM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loudness</source>
        <translation>Sonoridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>days</source>
        <translation>días</translation>
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
        <location line="+93"/>
        <source>logistic ranker</source>
        <translation>ordenador logístico</translation>
    </message>
</context>
</TS>
