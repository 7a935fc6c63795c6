// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "dbdamage.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace td::faults {

bool flipBytes(const QString &path, qint64 offset, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    QByteArray bytes = file.read(count);
    for (char &c : bytes)
        c = char(~c);
    return file.seek(offset) && file.write(bytes) == bytes.size();
}

qint64 pageSize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = file.read(18);
    if (header.size() < 18)
        return 0;
    const qint64 size = (qint64(quint8(header[16])) << 8) | quint8(header[17]);
    return size == 1 ? 65536 : size;
}

bool zeroPage(const QString &path, qint64 page)
{
    const qint64 size = pageSize(path);
    QFile file(path);
    if (size == 0 || !file.open(QIODevice::ReadWrite) || !file.seek((page - 1) * size))
        return false;
    return file.write(QByteArray(int(size), '\0')) == size;
}

bool integrityOk(const QString &path)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next()
                && query.value(0).toString() == QLatin1String("ok");
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace td::faults
