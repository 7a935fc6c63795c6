// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The rules of translations/*.ts (issue #5): every entry finished, placeholders kept, and at
// most 5 % of the translations identical to their English source.
#include "testregistry.h"

#include <QtTest>

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type; ///< "unfinished", "vanished", "obsolete" or "" (finished)
    QStringList forms; ///< the translation, or each <numerusform> of a plural message
};

/// The text of a <translation> element (the reader is on its start), or each of its
/// <numerusform> children for a plural message.
QStringList readForms(QXmlStreamReader &xml)
{
    QStringList forms;
    QString text;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::Characters)
            text += xml.text();
        else if (token == QXmlStreamReader::StartElement)
            forms << xml.readElementText();
        else if (token == QXmlStreamReader::EndElement)
            break;
    }
    return forms.isEmpty() ? QStringList { text } : forms;
}

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot open");
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                messages << m;
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            m = Message { context, {}, {}, {}, {} };
        } else if (xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            m.forms = readForms(xml);
            m.translation = m.forms.join(QLatin1Char('|'));
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return messages;
}

// "%1 of %2" -> {"%1", "%2"}, sorted (a translation may reorder them).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?[0-9n]"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

QString where(const Message &m)
{
    return m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void placeholdersOf()
    {
        QCOMPARE(placeholders(QStringLiteral("Day %2 of %1, %L3 %")),
            (QStringList { QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%L3") }));
    }

    void rules_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << "de";
        QTest::newRow("es") << "es";
    }
    void rules()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(
            QStringLiteral(TD_SOURCE_DIR "/translations/tastedrift_%1.ts").arg(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        int identical = 0;
        for (const Message &m : messages) {
            QVERIFY2(m.type.isEmpty(), qPrintable(m.type + QStringLiteral(": ") + where(m)));
            QVERIFY2(!m.translation.isEmpty(), qPrintable(QStringLiteral("empty: ") + where(m)));
            for (const QString &form : m.forms)
                QVERIFY2(placeholders(m.source) == placeholders(form),
                    qPrintable(QStringLiteral("placeholders differ: ") + where(m)));
            identical += m.translation == m.source ? 1 : 0;
        }
        const double share = double(identical) / double(messages.size());
        QVERIFY2(share <= 0.05,
            qPrintable(QStringLiteral("%1 of %2 translations (%3 %) are identical to English")
                           .arg(identical)
                           .arg(messages.size())
                           .arg(100.0 * share, 0, 'f', 1)));
    }
};

TD_REGISTER_TEST(TestTranslations)
#include "tst_translations.moc"
