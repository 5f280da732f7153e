#include "PersonalDataActions.h"

#include "ErasureDialog.h"
#include "ExportFolder.h"
#include "PersonalData.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>

namespace abonent::PersonalDataActions {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDataActions)
};

} // namespace

void save(QWidget* parent, const DeskContext& desk, qint64 customerId)
{
    const QString folder = QFileDialog::getExistingDirectory(
        parent, Texts::tr("Folder for the Person's Data (JSON and PDF)"), ExportFolder::folder());
    if (folder.isEmpty()) {
        return;
    }
    QProgressDialog progress(Texts::tr("Gathering the person's data…"), QString(), 0, 3, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    auto files = PersonalData(desk.db).write(customerId, folder, [&progress](int done, int) {
        progress.setLabelText(done == 1 ? Texts::tr("Laying out the PDF…") : Texts::tr("Writing the files…"));
        progress.setValue(done);
    });
    progress.reset();
    if (!files) {
        QMessageBox::warning(parent,
                             Texts::tr("Person's Data"),
                             Texts::tr("The person's data was not saved: %1").arg(files.errorString()));
        return;
    }
    ExportFolder::remember(files->json);
    QMessageBox::information(parent,
                             Texts::tr("Person's Data"),
                             Texts::tr("Everything held about the customer was saved:\n%1\n%2")
                                 .arg(QDir::toNativeSeparators(files->json), QDir::toNativeSeparators(files->pdf)));
}

void erase(QWidget* parent, const DeskContext& desk, qint64 customerId)
{
    ErasureDialog dialog(desk, customerId, parent);
    if (dialog.exec() == QDialog::Accepted) {
        QMessageBox::information(parent, Texts::tr("Erase Personal Data"), dialog.outcome());
    }
}

} // namespace abonent::PersonalDataActions
