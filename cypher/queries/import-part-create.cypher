// What one chunk of an import did to each record it wrote (imports/record-changes.ts), as JSON:
// the record before and a fingerprint of what was written. Undo reads the parts in `seq` order.
CREATE (p:RedstringImportPart {caseId: $caseId, importId: $importId, seq: $seq, changes: $changes})
RETURN count(p) AS count
