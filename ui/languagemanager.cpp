// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "languagemanager.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace td::ui {

namespace {

struct State
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString chosen;
    QString current = QStringLiteral("en");
};

State &state()
{
    static State s;
    return s;
}

const QStringList kTranslated { QStringLiteral("de"), QStringLiteral("es") };

} // namespace

QStringList LanguageManager::choices()
{
    return { QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es") };
}

QString LanguageManager::displayName(const QString &code)
{
    if (code.isEmpty())
        return tr("System default");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    return QStringLiteral("English");
}

QString LanguageManager::resolve(const QString &code)
{
    if (!code.isEmpty())
        return code;
    for (const QString &language : QLocale::system().uiLanguages()) {
        const QString base = language.section(QLatin1Char('-'), 0, 0).toLower();
        if (base == QLatin1String("en"))
            return base;
        if (kTranslated.contains(base))
            return base;
    }
    return QStringLiteral("en");
}

bool LanguageManager::apply(const QString &code)
{
    State &s = state();
    s.chosen = code;
    const QString language = resolve(code);
    if (s.app) {
        QCoreApplication::removeTranslator(s.app.get());
        s.app.reset();
    }
    if (s.qt) {
        QCoreApplication::removeTranslator(s.qt.get());
        s.qt.reset();
    }
    bool ok = true;
    if (kTranslated.contains(language)) {
        auto qt = std::make_unique<QTranslator>();
        // Qt's own strings (standard buttons, file dialogs) if the system ships them.
        if (qt->load(QStringLiteral("qtbase_") + language,
                QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            s.qt = std::move(qt);
        }
        auto app = std::make_unique<QTranslator>();
        ok = app->load(QStringLiteral(":/i18n/tastedrift_") + language);
        if (ok) {
            QCoreApplication::installTranslator(app.get());
            s.app = std::move(app);
        }
    }
    s.current = ok ? language : QStringLiteral("en");
    if (!s.app && !s.qt) {
        // Removing translators already posted LanguageChange if any was installed; make sure
        // a switch back to English retranslates too.
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    return ok;
}

QString LanguageManager::chosen()
{
    return state().chosen;
}

QString LanguageManager::current()
{
    return state().current;
}

} // namespace td::ui
