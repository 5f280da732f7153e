#pragma once

#include <QCoreApplication>
#include <QLabel>
#include <QString>

namespace abonent {

// A line under a form field that says what is wrong with it, or nothing.
// It uses the style's warning icon, not a hard-coded colour, so it reads on
// dark themes too.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    explicit FieldMessage(QWidget* parent = nullptr);
    void show(const QString& message);
    void clear();
    bool hasMessage() const { return !text().isEmpty(); }
};

// Said when a change cannot be recorded because nobody said who is at the desk.
QString chooseDeskOperatorFirst();

} // namespace abonent
