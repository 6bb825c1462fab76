./io_csv_report.go:13:6: moved to heap: out
./io_csv_report.go:15:30: map[string]float64{} does not escape
./io_csv_report.go:28:15: ... argument does not escape
./io_csv_report.go:28:22: line escapes to heap
./io_csv_report.go:33:15: ... argument does not escape
./io_csv_report.go:43:14: ... argument does not escape
./io_csv_report.go:43:21: k escapes to heap
./io_csv_report.go:43:47: totals[k] escapes to heap
./io_csv_report.go:45:11: ... argument does not escape
./io_csv_report.go:45:22: (*strings.Builder).String(out) escapes to heap
