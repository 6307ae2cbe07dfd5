#pragma once

#include "audit/audit_log.h"

#include <QByteArray>
#include <QStringList>

namespace kith::audit {

// The hash chain's rules, in one place (docs/decisions/0005-audit-chain.md).
//
// Canonical serialisation, version 1: the bytes "kith-audit-v1\n" followed by each of
// these fields, in this order, as its stored text in UTF-8, each written as
// "<byte length>:<bytes>\n" (NULL and empty are both length 0):
//   id, occurred_at, actor, device_id, action, family_id, person_id, entity,
//   entity_id, detail, previous_hash.
// hash = lowercase hex SHA-256 of that. The first row's previous_hash is 64 zeros.
// seq is not hashed: order is carried by previous_hash, and seq must run 1, 2, 3...
// without gaps, which verify() checks separately.
inline constexpr int kCanonicalFieldCount = 11;

QString genesisHash();
// The fields in canonical order, as they are stored.
QStringList canonicalFields(const AuditEvent& event);
QByteArray canonicalForm(const QStringList& fields);
QString chainHash(const QStringList& fields);

} // namespace kith::audit
