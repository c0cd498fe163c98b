#pragma once

// A counter with a real data file, two clerks and a hall, for tests that drive the real windows.
#include "auth/ClerkService.h"
#include "catalog/CatalogService.h"
#include "core/Services.h"
#include "db/Database.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

namespace ow::tests {

inline const QString adminPassword = QStringLiteral("admin pass 1");
inline const QString clerkPassword = QStringLiteral("clerk pass 1");

struct DemoCounter
{
    QTemporaryDir dir;
    std::unique_ptr<db::Database> database;
    std::unique_ptr<core::Services> services;

    [[nodiscard]] bool setUp(const QString& hallName)
    {
        database = std::make_unique<db::Database>(dir.filePath(QStringLiteral("onewindow.db")));
        QString error;
        if (!database->open(&error)) {
            qWarning() << error;
            return false;
        }
        services = std::make_unique<core::Services>(*database);
        if (!catalog::CatalogService(*database).ensureShipped(&error)) {
            qWarning() << error;
            return false;
        }
        return services->clerks.add(QStringLiteral("admin"), QStringLiteral("Chen Jing"), auth::Role::Admin,
                                    adminPassword, &error) &&
            services->clerks.add(QStringLiteral("clerk1"), QStringLiteral("Wang Fang"), auth::Role::Clerk,
                                 clerkPassword, &error) &&
            services->settings.setIdentity({QStringLiteral("330104001"), hallName, 3}, &error);
    }
};

template <typename T>
T* child(QWidget* parent, const QString& name)
{
    return parent ? parent->findChild<T*>(name) : nullptr;
}

// Types into the real dialog's fields and presses its button, as a clerk would.
inline void typeLogin(QWidget* dialog, const QString& login, const QString& password)
{
    auto* loginEdit = child<QLineEdit>(dialog, QStringLiteral("loginLineEdit"));
    auto* passwordEdit = child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit"));
    QVERIFY(loginEdit && passwordEdit);
    loginEdit->clear();
    passwordEdit->clear();
    QTest::keyClicks(loginEdit, login);
    QTest::keyClicks(passwordEdit, password);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("loginButton")), Qt::LeftButton);
}

} // namespace ow::tests
