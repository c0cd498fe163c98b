// Clerk accounts: Argon2id verifiers, validation, offline login with lockout, roles.
#include "auth/ClerkService.h"
#include "auth/PasswordHasher.h"
#include "db/AuditRepository.h"
#include "db/ClerkRepository.h"
#include "db/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow::auth;

class TestClerkService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void verifierIsArgon2id();
    void addRejectsBadInput_data();
    void addRejectsBadInput();
    void addKeepsRareCharacters();
    void loginSucceedsAndIsAudited();
    void wrongPasswordAndUnknownLoginLookAlike();
    void emptyFieldsAreValidationNotQueries_data();
    void emptyFieldsAreValidationNotQueries();
    void fiveFailuresLockForFifteenMinutes();
    void inactiveClerkCannotLogIn();
    void rolesDecidePermissions_data();
    void rolesDecidePermissions();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ow::db::Database> m_database;
    QDateTime m_now;
    std::unique_ptr<ClerkService> m_service;
};

void TestClerkService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<ow::db::Database>(m_dir->filePath(QStringLiteral("onewindow.db")));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_now = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    m_service = std::make_unique<ClerkService>(*m_database, [this] { return m_now; });
    QVERIFY(m_service->add(QStringLiteral("wang"), QStringLiteral("Wang Fang"), Role::Clerk,
                           QStringLiteral("correct horse"), &error));
}

void TestClerkService::cleanup()
{
    m_service.reset();
    m_database.reset();
    m_dir.reset();
}

void TestClerkService::verifierIsArgon2id()
{
    const auto first = PasswordHasher::hash(QStringLiteral("pass word 1"));
    const auto second = PasswordHasher::hash(QStringLiteral("pass word 1"));
    QVERIFY(first && second);
    QVERIFY(first->startsWith(QStringLiteral("$argon2id$v=19$")));
    QVERIFY(*first != *second); // salted
    QVERIFY(PasswordHasher::verify(*first, QStringLiteral("pass word 1")));
    QVERIFY(!PasswordHasher::verify(*first, QStringLiteral("pass word 2")));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("plain text"), QStringLiteral("plain text")));

    // The store keeps the verifier, never the password.
    const auto stored = ow::db::ClerkRepository(*m_database).findByLogin(QStringLiteral("wang"));
    QVERIFY(stored);
    QVERIFY(!stored->passwordVerifier.contains(QStringLiteral("correct horse")));
    QVERIFY(PasswordHasher::verify(stored->passwordVerifier, QStringLiteral("correct horse")));
}

void TestClerkService::addRejectsBadInput_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("message");
    QTest::newRow("login with space") << "li si"
                                      << "Li Si"
                                      << "long enough"
                                      << "A login is 2 to 32";
    QTest::newRow("one-letter login") << "l"
                                      << "Li Si"
                                      << "long enough"
                                      << "A login is 2 to 32";
    QTest::newRow("empty name") << "lisi"
                                << "   "
                                << "long enough"
                                << "The name must have 1 to 30";
    QTest::newRow("short password") << "lisi"
                                    << "Li Si"
                                    << "short"
                                    << "at least 8 characters";
    QTest::newRow("taken login, other case") << "WANG"
                                             << "Wang Two"
                                             << "long enough"
                                             << "taken already";
}

void TestClerkService::addRejectsBadInput()
{
    QFETCH(QString, login);
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(QString, message);
    const int before = m_service->count();
    QString error;
    QVERIFY(!m_service->add(login, name, Role::Clerk, password, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(m_service->count(), before);
}

void TestClerkService::addKeepsRareCharacters()
{
    // U+20BB7 lies outside the BMP: two UTF-16 units, one character of the name.
    const QString rareName = QString::fromUcs4(U"\U00005F20\U00020BB7");
    QString error;
    const auto clerk =
        m_service->add(QStringLiteral("zhang"), rareName, Role::Supervisor, QStringLiteral("another secret"), &error);
    QVERIFY2(clerk, qPrintable(error));
    const auto result = m_service->login(QStringLiteral("zhang"), QStringLiteral("another secret"));
    QVERIFY(result.ok());
    QCOMPARE(result.clerk->name, rareName);
    QCOMPARE(result.clerk->role, Role::Supervisor);
}

void TestClerkService::loginSucceedsAndIsAudited()
{
    const auto result = m_service->login(QStringLiteral("  wang "), QStringLiteral("correct horse"));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.clerk->name, QStringLiteral("Wang Fang"));
    QCOMPARE(ow::db::AuditRepository(*m_database).count(QStringLiteral("login")), 1);
    QCOMPARE(m_service->list().constFirst().lastLoginAt, m_now);
}

void TestClerkService::wrongPasswordAndUnknownLoginLookAlike()
{
    const auto wrongPassword = m_service->login(QStringLiteral("wang"), QStringLiteral("wrong horse"));
    const auto unknownLogin = m_service->login(QStringLiteral("nobody"), QStringLiteral("wrong horse"));
    QCOMPARE(wrongPassword.status, LoginResult::Status::Rejected);
    QCOMPARE(unknownLogin.status, LoginResult::Status::Rejected);
    QCOMPARE(wrongPassword.message, unknownLogin.message);
    QVERIFY2(wrongPassword.message.contains(QStringLiteral("The login or the password is wrong")),
             qPrintable(wrongPassword.message));
    QVERIFY(wrongPassword.message.contains(QStringLiteral("Attempts left before the login is locked: 4.")));
}

void TestClerkService::emptyFieldsAreValidationNotQueries_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("message");
    QTest::newRow("no login") << ""
                              << "correct horse"
                              << "Enter your login.";
    QTest::newRow("blank login") << "   "
                                 << "correct horse"
                                 << "Enter your login.";
    QTest::newRow("no password") << "wang"
                                 << ""
                                 << "Enter your password.";
}

void TestClerkService::emptyFieldsAreValidationNotQueries()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(QString, message);
    const auto result = m_service->login(login, password);
    QVERIFY(!result.ok());
    QCOMPARE(result.message, message);
    // Nothing was counted against the login.
    QCOMPARE(ow::db::ClerkRepository(*m_database).attempts(QStringLiteral("wang")).failures, 0);
    QCOMPARE(ow::db::AuditRepository(*m_database).count(QStringLiteral("login.failed")), 0);
}

void TestClerkService::fiveFailuresLockForFifteenMinutes()
{
    for (int i = 0; i < ClerkService::maxFailures - 1; ++i) {
        QCOMPARE(m_service->login(QStringLiteral("wang"), QStringLiteral("bad")).status, LoginResult::Status::Rejected);
    }
    const auto fifth = m_service->login(QStringLiteral("wang"), QStringLiteral("bad"));
    QCOMPARE(fifth.status, LoginResult::Status::Locked);
    QVERIFY2(fifth.message.contains(QStringLiteral("locked for 15 minutes")), qPrintable(fifth.message));

    // While locked, even the right password is refused.
    m_now = m_now.addSecs(14 * 60);
    const auto stillLocked = m_service->login(QStringLiteral("wang"), QStringLiteral("correct horse"));
    QCOMPARE(stillLocked.status, LoginResult::Status::Locked);
    QVERIFY2(stillLocked.message.contains(QStringLiteral("locked until")), qPrintable(stillLocked.message));

    // After fifteen minutes the right password works and the count starts again.
    m_now = m_now.addSecs(61);
    QVERIFY(m_service->login(QStringLiteral("wang"), QStringLiteral("correct horse")).ok());
    const auto afterUnlock = m_service->login(QStringLiteral("wang"), QStringLiteral("bad"));
    QVERIFY(afterUnlock.message.contains(QStringLiteral("Attempts left before the login is locked: 4.")));

    // An unknown login locks the same way, so the lock tells nothing about which logins exist.
    for (int i = 0; i < ClerkService::maxFailures; ++i) {
        (void)m_service->login(QStringLiteral("ghost"), QStringLiteral("bad"));
    }
    QCOMPARE(m_service->login(QStringLiteral("ghost"), QStringLiteral("bad")).status, LoginResult::Status::Locked);
}

void TestClerkService::inactiveClerkCannotLogIn()
{
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE clerks SET active = 0 WHERE login = 'wang'")));
    const auto result = m_service->login(QStringLiteral("wang"), QStringLiteral("correct horse"));
    QCOMPARE(result.status, LoginResult::Status::Rejected);
    QVERIFY(result.message.contains(QStringLiteral("The login or the password is wrong")));
}

void TestClerkService::rolesDecidePermissions_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("clerk takes cases") << Role::Clerk << Permission::TakeCases << true;
    QTest::newRow("clerk no backlog") << Role::Clerk << Permission::SuperviseBacklog << false;
    QTest::newRow("clerk no settings") << Role::Clerk << Permission::ChangeCounterSettings << false;
    QTest::newRow("clerk no clerks") << Role::Clerk << Permission::ManageClerks << false;
    QTest::newRow("supervisor backlog") << Role::Supervisor << Permission::SuperviseBacklog << true;
    QTest::newRow("supervisor no settings") << Role::Supervisor << Permission::ChangeCounterSettings << false;
    QTest::newRow("admin settings") << Role::Admin << Permission::ChangeCounterSettings << true;
    QTest::newRow("admin backlog") << Role::Admin << Permission::SuperviseBacklog << true;
    QTest::newRow("admin clerks") << Role::Admin << Permission::ManageClerks << true;
}

void TestClerkService::rolesDecidePermissions()
{
    QFETCH(Role, role);
    QFETCH(Permission, permission);
    QFETCH(bool, allowed);
    QCOMPARE(Roles::allows(role, permission), allowed);
    QCOMPARE(Roles::fromCode(Roles::code(role)), std::optional<Role>(role));
}

QTEST_GUILESS_MAIN(TestClerkService)
#include "TestClerkService.moc"
