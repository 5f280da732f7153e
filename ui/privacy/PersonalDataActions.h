#pragma once

#include "DeskContext.h"

#include <QString>

class QWidget;

namespace abonent::PersonalDataActions {

// A customer's data on their request, as the card and the Customers menu
// offer it. Each says what happened in a message box or through `message`
// (the status bar).

// Person's Data…: the folder is chosen, then the JSON and the PDF are
// written into it (PersonalData), with progress.
void save(QWidget* parent, const DeskContext& desk, qint64 customerId);
// Erase Personal Data…: the ErasureDialog.
void erase(QWidget* parent, const DeskContext& desk, qint64 customerId);

} // namespace abonent::PersonalDataActions
