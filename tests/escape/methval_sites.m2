./methval_sites.go:6:7: t does not escape
./methval_sites.go:12:10: t.Inc does not escape
./methval_sites.go:14:10: t.Get does not escape
./methval_sites.go:20:10: t.Get escapes to heap:
./methval_sites.go:20:10:   flow: {heap} = &{storage for t.Get}:
./methval_sites.go:20:10:     from t.Get (spill) at ./methval_sites.go:20:10
./methval_sites.go:20:10:     from keep = t.Get (assign) at ./methval_sites.go:20:7
./methval_sites.go:19:7: &T{...} does not escape
./methval_sites.go:20:10: t.Get escapes to heap
./methval_sites.go:23:11: f does not escape
./methval_sites.go:27:8: t.Inc does not escape
