#include "ExportFile.h"

#include "ExportFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>

namespace abonent::ExportFile {

namespace {

struct ExportTexts
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)
};

// "PNG picture (*.png)" gives ".png".
QString suffixOf(const QString& filter)
{
    static const QRegularExpression pattern(QStringLiteral("\\*(\\.\\w+)"));
    return pattern.match(filter).captured(1);
}

} // namespace

QString
save(QWidget* parent, const QString& title, const QString& suggestedName, const QString& filters, const Writer& write)
{
    QString offered = QDir(ExportFolder::folder()).filePath(suggestedName);
    for (;;) {
        QString selectedFilter;
        QString chosen = QFileDialog::getSaveFileName(parent, title, offered, filters, &selectedFilter);
        if (chosen.isEmpty()) {
            return {};
        }
        if (QFileInfo(chosen).suffix().isEmpty()) {
            chosen += suffixOf(selectedFilter);
        }
        const QString problem = write(chosen);
        if (problem.isEmpty()) {
            ExportFolder::remember(chosen);
            return chosen;
        }
        showFailure(parent, title, problem);
        // Offered again where it was, unless that folder is not there to start in.
        const QFileInfo tried(chosen);
        offered =
            QFileInfo(tried.absolutePath()).isDir() ? chosen : QDir(ExportFolder::folder()).filePath(tried.fileName());
    }
}

void showFailure(QWidget* parent, const QString& title, const QString& problem)
{
    QMessageBox box(QMessageBox::Warning, title, problem, QMessageBox::Ok, parent);
    box.setInformativeText(
        ExportTexts::tr("Nothing was saved, and a file already there is as it was. Choose another place, or cancel."));
    box.exec();
}

} // namespace abonent::ExportFile
