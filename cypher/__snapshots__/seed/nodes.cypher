UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row, n.kind AS oldKind
CALL (n, row, oldKind) {
  WITH * WHERE oldKind IS NOT NULL AND oldKind <> row.kind
  REMOVE n:$(oldKind)
}
SET n = row.props
SET n:$(row.kind)
