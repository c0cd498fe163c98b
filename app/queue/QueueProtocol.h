#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The hall queue's wire protocol: JSON text messages {type, id, ...} over a WebSocket.
//
// The host greets with {type: "hello", nonce}. The client answers {type: "auth", id, role, counter, nonce, proof}
// where proof = HMAC-SHA256(key, "client|" + host nonce + "|" + client nonce); the key never crosses the wire.
// The host replies {type: "reply", id, ok, proof: HMAC(key, "host|" + client nonce + "|" + host nonce)}, so the
// client knows it speaks to a host that holds the key too, or closes the socket with a reason.
// Requests are {type: <operation>, id, ...}; replies {type: "reply", id, ok, error?, code?, ...}; events
// {type: "called" | "ticket" | "status", ...} go to every authenticated client that asked for events.
//
// Appointments (QueueClient::putAppointments, findAppointment, checkIn):
//   {type: "appointments", appointments: [{uuid, id_number, name, item_code, item_name, category, slot_start,
//    slot_end, booking_code, state}]} upserts by uuid, all or none; counters and the CLI only. Reply {stored}.
//   {type: "appointment", id_number | booking_code} today's appointment (without the ID number) and
//    window: open | too-early | too-late, early_minutes (how long before the slot check-in opens);
//    code not-found when there is none, too-many after repeated wrong booking codes.
//   {type: "checkin", id_number | booking_code} a ticket at the slot, {ticket, appointment, again?}; a second
//    check-in answers the same ticket with again: true; codes not-found, too-early, too-late.
namespace ow::queue::protocol {

inline constexpr int version = 1;

// Close codes the host uses beside the standard ones; the reason text says the same for a person.
inline constexpr int closeWrongKey = 4001;
inline constexpr int closeAuthTimeout = 4002;

[[nodiscard]] QByteArray newNonce();
[[nodiscard]] QByteArray clientProof(const QByteArray& key, const QByteArray& hostNonce, const QByteArray& clientNonce);
[[nodiscard]] QByteArray hostProof(const QByteArray& key, const QByteArray& hostNonce, const QByteArray& clientNonce);
// Compares without an early exit, so the time taken says nothing about the key.
[[nodiscard]] bool sameProof(const QByteArray& a, const QByteArray& b);

[[nodiscard]] QString encode(const QJsonObject& message);
// Nothing (an empty object) for text that is not a JSON object.
[[nodiscard]] QJsonObject decode(const QString& text);

} // namespace ow::queue::protocol
