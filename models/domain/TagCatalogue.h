#pragma once

#include "Entities.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace abonent {

// The tag catalogue as every feature reads it: shipped tags in the desk's
// language unless the office renamed them, problem tags first. The customer
// list and the portfolio show tag names from here; TagService (problems/)
// changes the catalogue and sets tags on customers.
class TagCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(TagCatalogue)

public:
    explicit TagCatalogue(QSqlDatabase db);

    // Problem tags first, the most severe first, then by name.
    Result<QList<Tag>> tags(bool includeRetired = false) const;
    Result<Tag> tag(qint64 id) const;
    Result<Tag> shippedTag(const QString& key) const;

    // The columns of `tags t` a Tag is read from, and reading one from a row.
    static QLatin1String columns();
    static Tag fromRow(const QSqlQuery& query, int first = 0);
    static bool displayOrder(const Tag& a, const Tag& b);

private:
    QSqlDatabase m_db;
};

} // namespace abonent
