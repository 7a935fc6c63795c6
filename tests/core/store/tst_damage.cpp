// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Damaged databases (core/store/integrity.h, RunStore's open): the three damages of issue 16
// are found; a writing open refuses the file untouched, naming it; a read-only open works and
// warns; the full check reports the damage. storedamage.h makes the damage.
#include "storedamage.h"
#include "testregistry.h"

#include "store/storeerror.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace td;
using storetest::Damage;

class TestDamage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_intact;

    QString copyOfIntact(const QString &name)
    {
        const QString target = m_dir.filePath(name);
        QFile::remove(target);
        return QFile::copy(m_intact, target) ? target : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_intact = m_dir.filePath(QStringLiteral("intact.sqlite"));
        QVERIFY(storetest::makeLargeStore(m_intact));
    }

    void intactStoreIsSound()
    {
        store::OpenOptions readOnly;
        readOnly.readOnly = true;
        const store::RunStore db(m_intact.toStdString(), readOnly);
        QVERIFY(db.damage().empty());
        QVERIFY(db.warnings().empty());
        QVERIFY(db.checkIntegrity(store::IntegrityDepth::Quick).ok());
        QVERIFY(db.checkIntegrity(store::IntegrityDepth::Full).ok());
        QCOMPARE(db.integrityCheck(), std::string("ok"));
        QCOMPARE(db.runs().size(), std::size_t(3));
    }

    void damageIsFound_data()
    {
        QTest::addColumn<Damage>("how");
        for (Damage how : { Damage::FlipMiddle64, Damage::ZeroPage500, Damage::FlipRandomBits200 })
            QTest::newRow(storetest::damageName(how)) << how;
    }
    void damageIsFound()
    {
        QFETCH(Damage, how);
        const QString file = copyOfIntact(QStringLiteral("damaged.sqlite"));
        QVERIFY(!file.isEmpty());
        QVERIFY(storetest::damage(file, how));
        const QByteArray before = storetest::fileBytes(file);

        // Writing: refused with a message naming the file, and nothing written (the reported
        // failure was `run --db` appending a run to the damaged file).
        try {
            store::RunStore db(file.toStdString());
            QFAIL("a damaged database was opened for writing");
        } catch (const store::StoreError &e) {
            QCOMPARE(e.kind(), store::StoreError::Kind::Damaged);
            QVERIFY2(QString::fromUtf8(e.what()).startsWith(
                         QStringLiteral("database '%1' is damaged (").arg(file)),
                e.what());
            QVERIFY(QString::fromUtf8(e.what()).contains(QLatin1String("tastedrift-cli check")));
            QVERIFY(!e.isBadInput()); // exit status 1: damaged data, not bad input
        }
        QCOMPARE(storetest::fileBytes(file), before);

        // Reading: opens, and says what is wrong.
        store::OpenOptions readOnly;
        readOnly.readOnly = true;
        {
            const store::RunStore db(file.toStdString(), readOnly);
            QVERIFY(!db.damage().empty());
            QCOMPARE(db.warnings().size(), std::size_t(1));
            QVERIFY(QString::fromStdString(db.warnings()[0])
                        .startsWith(QStringLiteral("database '%1' is damaged (").arg(file)));
            QVERIFY(!db.checkIntegrity(store::IntegrityDepth::Full).ok());
            QVERIFY(db.integrityCheck() != "ok");
        }
        // Refusing on read (merge inputs) and skipping the check (`check` itself) work too.
        readOnly.onDamage = store::OnDamage::Refuse;
        QVERIFY_THROWS_EXCEPTION(store::StoreError, store::RunStore(file.toStdString(), readOnly));
        readOnly.onDamage = store::OnDamage::NoCheck;
        {
            const store::RunStore db(file.toStdString(), readOnly);
            QVERIFY(db.damage().empty());
        }
        QCOMPARE(storetest::fileBytes(file), before);
    }

    void damageIsDeterministic()
    {
        // The fault-injection suite relies on the same damage every time.
        const QString a = copyOfIntact(QStringLiteral("a.sqlite"));
        const QString b = copyOfIntact(QStringLiteral("b.sqlite"));
        QVERIFY(storetest::damage(a, Damage::FlipRandomBits200, 7));
        QVERIFY(storetest::damage(b, Damage::FlipRandomBits200, 7));
        QCOMPARE(storetest::fileBytes(a), storetest::fileBytes(b));
        const QByteArray intact = storetest::fileBytes(m_intact);
        const QByteArray damaged = storetest::fileBytes(a);
        int flipped = 0;
        for (qsizetype i = 0; i < intact.size(); ++i)
            flipped += __builtin_popcount(std::uint8_t(intact[i] ^ damaged[i]));
        QVERIFY(flipped <= 200 && flipped >= 190); // 200 draws, a repeat cancels itself
    }
};

TD_REGISTER_TEST(TestDamage)
#include "tst_damage.moc"
