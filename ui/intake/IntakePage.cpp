#include "IntakePage.h"

#include "CardPanel.h"
#include "core/Services.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ow::ui {

IntakePage::IntakePage(core::Services& services, const auth::Clerk& clerk, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_clerk(clerk)
    , m_citizens(services.database)
{
    setObjectName(QStringLiteral("intakePage"));
    m_cardPanel = new CardPanel(this);
    m_cardPanel->setMaximumWidth(620);
    connect(m_cardPanel, &CardPanel::idNumberEntered, this, &IntakePage::onNumberEntered);
    connect(m_cardPanel, &CardPanel::idNumberRevealRequested, this, [this](const QString& citizenUuid) {
        if (m_citizens.recordIdNumberShown(citizenUuid, m_clerk.uuid)) {
            m_cardPanel->revealIdNumber();
        }
    });

    auto* formsLabel = new QLabel(tr("Choosing items, forms and materials is not built yet."), this);
    formsLabel->setObjectName(QStringLiteral("statusLineLabel"));
    formsLabel->setWordWrap(true);
    auto* forms = new QVBoxLayout;
    forms->addWidget(formsLabel);
    forms->addStretch();

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_cardPanel, 1);
    layout->addLayout(forms, 1);
}

IntakePage::~IntakePage() = default;

void IntakePage::useReader(const idcard::ReaderSettings& settings)
{
    m_source.reset();
    m_cardPanel->setPhotoProblem(settings.photoDecoderProblem());
    m_source = settings.createSource();
    if (!m_source) {
        m_cardPanel->setReaderStatus(tr("No card reader is set up at this PC; type or scan ID numbers below."), false);
        return;
    }
    connect(m_source.get(), &idcard::IdCardSource::stateChanged, this, [this](idcard::IdCardSource::State state) {
        const bool problem =
            state == idcard::IdCardSource::State::DeviceMissing || state == idcard::IdCardSource::State::Faulted;
        m_cardPanel->setReaderStatus(idcard::ReaderSettings::stateText(state), problem);
    });
    connect(m_source.get(), &idcard::IdCardSource::error, this,
            [this](idcard::IdCardSource::ErrorCode, const QString& message) {
                m_cardPanel->setReaderStatus(message, true);
            });
    connect(m_source.get(), &idcard::IdCardSource::cardRead, this, &IntakePage::onCardRead);
    m_cardPanel->setReaderStatus(idcard::ReaderSettings::stateText(idcard::IdCardSource::State::Stopped), false);
    m_source->start();
}

void IntakePage::setPaused(bool paused)
{
    m_paused = paused;
}

void IntakePage::onCardRead(const idcard::CardRead& read)
{
    if (m_paused) {
        return;
    }
    QString error;
    const auto lookup = m_citizens.recordCard(read.card, m_clerk.uuid, &error);
    if (!lookup) {
        m_cardPanel->showError(error);
        return;
    }
    m_cardPanel->showCardRead(read, *lookup);
    Q_EMIT citizenIdentified();
}

void IntakePage::onNumberEntered(const QString& number)
{
    const idcard::IdNumberCheck check = idcard::IdNumber::check(number, QDate::currentDate());
    m_cardPanel->showTypedNumber(check, check.valid ? m_citizens.find(check.normalized) : std::nullopt);
    if (check.valid) {
        Q_EMIT citizenIdentified();
    }
}

} // namespace ow::ui
