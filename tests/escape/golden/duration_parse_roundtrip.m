./duration_parse_roundtrip.go:11:25: []time.Duration{...} does not escape
./duration_parse_roundtrip.go:18:15: ... argument does not escape
./duration_parse_roundtrip.go:18:16: "mismatch" escapes to heap
./duration_parse_roundtrip.go:18:36: time.Duration.String(d) escapes to heap
./duration_parse_roundtrip.go:18:48: time.Duration.String(p) escapes to heap
./duration_parse_roundtrip.go:21:13: ... argument does not escape
./duration_parse_roundtrip.go:21:14: "roundtrip mismatches:" escapes to heap
./duration_parse_roundtrip.go:21:14: bad escapes to heap
./duration_parse_roundtrip.go:22:18: []string{...} does not escape
./duration_parse_roundtrip.go:25:14: ... argument does not escape
./duration_parse_roundtrip.go:25:14: s escapes to heap
./duration_parse_roundtrip.go:25:18: "=" escapes to heap
./duration_parse_roundtrip.go:25:31: time.Duration.String(d) escapes to heap
./duration_parse_roundtrip.go:25:39: err == nil escapes to heap
