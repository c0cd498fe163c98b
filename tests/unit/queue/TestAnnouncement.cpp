// What the display says when it calls a ticket: the sentence and the ticket spelled for a voice.
#include "queue/Announcement.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ow::queue::Announcement;

class TestAnnouncement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentence_data();
    void sentence();
};

void TestAnnouncement::sentence_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("counter");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("spoken");

    QTest::newRow("host ticket") << u"A012"_s << 3 << u"Number A012, please go to counter 3."_s
                                 << u"Number A 0 1 2, please go to counter 3."_s;
    QTest::newRow("four digits") << u"B1000"_s << 12 << u"Number B1000, please go to counter 12."_s
                                 << u"Number B 1 0 0 0, please go to counter 12."_s;
    QTest::newRow("counter's own range") << u"C3-001"_s << 3 << u"Number C3-001, please go to counter 3."_s
                                         << u"Number C 3 0 0 1, please go to counter 3."_s;
}

void TestAnnouncement::sentence()
{
    QFETCH(QString, number);
    QFETCH(int, counter);
    QFETCH(QString, text);
    QFETCH(QString, spoken);
    QCOMPARE(Announcement::text(number, counter), text);
    QCOMPARE(Announcement::spoken(number, counter), spoken);
}

QTEST_GUILESS_MAIN(TestAnnouncement)
#include "TestAnnouncement.moc"
