./panic_deferred_runtime_unrecovered.go:6:20: "printed before the report" escapes to heap
./panic_deferred_runtime_unrecovered.go:6:19: ... argument does not escape
./panic_deferred_runtime_unrecovered.go:8:8: func literal does not escape
./panic_deferred_runtime_unrecovered.go:9:14: ... argument does not escape
./panic_deferred_runtime_unrecovered.go:9:15: "deferred sees the panic coming" escapes to heap
./panic_deferred_runtime_unrecovered.go:11:13: ... argument does not escape
./panic_deferred_runtime_unrecovered.go:11:15: p.x escapes to heap
