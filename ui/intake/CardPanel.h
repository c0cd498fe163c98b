#pragma once

#include "idcard/IdCardSource.h"
#include "idcard/IdNumber.h"
#include "intake/CitizenService.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ow::ui {

// Who stands at the counter: the card's fields (ID number masked), the photo, the earlier cases,
// the reader's state, and a field for typing or scanning an ID number.
class CardPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CardPanel(QWidget* parent = nullptr);

    void setReaderStatus(const QString& text, bool problem);
    void setPhotoProblem(const QString& text);
    void showCardRead(const idcard::CardRead& read, const intake::CitizenLookup& lookup);
    void showTypedNumber(const idcard::IdNumberCheck& check, const std::optional<intake::CitizenLookup>& lookup);
    void showError(const QString& text);
    void clear();

    [[nodiscard]] QString shownIdNumber() const;
    // The citizen's cases at this counter, newest first (also refreshed after an acceptance).
    void showEarlierCases(const QList<db::CaseSummary>& cases, bool known);

Q_SIGNALS:
    // The clerk asked to see the whole ID number of this citizen (to be logged before it is shown).
    void idNumberRevealRequested(const QString& citizenUuid);
    // A typed or scanned number was confirmed with Enter.
    void idNumberEntered(const QString& number);

public:
    void revealIdNumber();

private:
    void validateTyped(const QString& text);
    void showMessage(const QString& text, bool problem);
    void setField(QLabel* label, const QString& text);

    QString m_idNumber;
    QString m_citizenUuid;
    QLabel* m_readerStatusLabel = nullptr;
    QLabel* m_cardTypeValueLabel = nullptr;
    QLabel* m_nameValueLabel = nullptr;
    QLabel* m_sexValueLabel = nullptr;
    QLabel* m_nationValueLabel = nullptr;
    QLabel* m_birthValueLabel = nullptr;
    QLabel* m_ageValueLabel = nullptr;
    QLabel* m_regionValueLabel = nullptr;
    QLabel* m_addressValueLabel = nullptr;
    QLabel* m_idNumberValueLabel = nullptr;
    QPushButton* m_showIdNumberButton = nullptr;
    QLabel* m_issuerValueLabel = nullptr;
    QLabel* m_validityValueLabel = nullptr;
    QLabel* m_photoLabel = nullptr;
    QString m_photoProblem;
    QLabel* m_photoNoteLabel = nullptr;
    QLabel* m_cardMessageLabel = nullptr;
    QLineEdit* m_idNumberLineEdit = nullptr;
    QLabel* m_idNumberMessageLabel = nullptr;
    QLabel* m_earlierCasesLabel = nullptr;
    QTableWidget* m_earlierCasesTableWidget = nullptr;
};

} // namespace ow::ui
