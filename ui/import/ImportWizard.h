#pragma once

#include "DeskContext.h"

#include <QWizard>

#include <memory>

namespace abonent {

struct ImportSession;

// File → Import…: a CSV file brought in as the office's old system wrote
// it. Choose the file and what it holds; check how its columns are read,
// with the first rows in view; a dry run lists every row that would be
// refused and why (saved as CSV to fix the file); then everything is
// written at once, with progress and a Stop that keeps nothing. The reading
// of each kind of file is remembered for the next one.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, ColumnsPage, CheckPage, ImportPage };

    explicit ImportWizard(const DeskContext& desk, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // Starts at the columns with this file and kind already chosen.
    void setFile(const QString& path, int kind);

    void reject() override;

private:
    std::shared_ptr<ImportSession> m_session;
};

} // namespace abonent
