#pragma once

#include "Entities.h"

#include <QAbstractTableModel>
#include <QList>

namespace abonent {

// Two saves of one customer's details that crossed: what the editor started
// from (`base`), what another desk saved meanwhile (`theirs`) and what this
// desk typed (`mine`). One row per field the two saves left different; for
// each, which to keep. A field only one side changed starts on that side's
// value; one both changed starts on this desk's, marked as a clash.
//
// Columns: the field, the other desk's value, this desk's. The chosen side's
// cell is checked; checking the other cell switches the row.
class CustomerMerge : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, TheirsColumn, MineColumn, ColumnCount };
    enum class Side { Theirs, Mine };

    CustomerMerge(Customer base, Customer theirs, Customer mine, QString officeCountry, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Whether both desks changed the field of `row` from where they started.
    bool isClash(int row) const;
    int clashCount() const;
    Side chosen(int row) const;
    void choose(int row, Side side);
    // The customer as the choices make it, at the other desk's version: the
    // save that follows overwrites nothing it has not shown.
    Customer merged() const;
    const Customer& theirs() const { return m_theirs; }

private:
    enum class Field { Contract, Kind, Name, Address, Email, Since, Phones };
    struct Row
    {
        Field field;
        bool clash = false;
        Side side = Side::Mine;
    };
    QString shown(const Customer& customer, Field field) const;
    static QString labelOf(Field field);
    static void take(Customer& into, const Customer& from, Field field);

    Customer m_base;
    Customer m_theirs;
    Customer m_mine;
    QString m_officeCountry;
    QList<Row> m_rows;
};

} // namespace abonent
