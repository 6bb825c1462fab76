./io_csv_report.go:13:6: out escapes to heap:
./io_csv_report.go:13:6:   flow: {heap} = &out:
./io_csv_report.go:13:6:     from &out (address-of) at ./io_csv_report.go:28:16
./io_csv_report.go:13:6:     from &out (interface-converted) at ./io_csv_report.go:28:16
./io_csv_report.go:13:6:     from fmt.Fprintf(&out, "skip %q\n", ... argument...) (call parameter) at ./io_csv_report.go:28:15
./io_csv_report.go:13:6: out escapes to heap:
./io_csv_report.go:13:6:   flow: {heap} = &out:
./io_csv_report.go:13:6:     from &out (address-of) at ./io_csv_report.go:33:16
./io_csv_report.go:13:6:     from &out (interface-converted) at ./io_csv_report.go:33:16
./io_csv_report.go:13:6:     from fmt.Fprintf(&out, "bad amount: %v\n", ... argument...) (call parameter) at ./io_csv_report.go:33:15
./io_csv_report.go:13:6: out escapes to heap:
./io_csv_report.go:13:6:   flow: {heap} = &out:
./io_csv_report.go:13:6:     from &out (address-of) at ./io_csv_report.go:43:15
./io_csv_report.go:13:6:     from &out (interface-converted) at ./io_csv_report.go:43:15
./io_csv_report.go:13:6:     from fmt.Fprintf(&out, "%-8s %10.2f\n", ... argument...) (call parameter) at ./io_csv_report.go:43:14
./io_csv_report.go:45:22: (*strings.Builder).String(out) escapes to heap:
./io_csv_report.go:45:22:   flow: {storage for ... argument} = &{storage for (*strings.Builder).String(out)}:
./io_csv_report.go:45:22:     from (*strings.Builder).String(out) (spill) at ./io_csv_report.go:45:22
./io_csv_report.go:45:22:     from ... argument (slice-literal-element) at ./io_csv_report.go:45:11
./io_csv_report.go:45:22:   flow: {heap} = {storage for ... argument}:
./io_csv_report.go:45:22:     from ... argument (spill) at ./io_csv_report.go:45:11
./io_csv_report.go:45:22:     from fmt.Print(... argument...) (call parameter) at ./io_csv_report.go:45:11
./io_csv_report.go:43:47: totals[k] escapes to heap:
./io_csv_report.go:43:47:   flow: {storage for ... argument} = &{storage for totals[k]}:
./io_csv_report.go:43:47:     from totals[k] (spill) at ./io_csv_report.go:43:47
./io_csv_report.go:43:47:     from ... argument (slice-literal-element) at ./io_csv_report.go:43:14
./io_csv_report.go:43:47:   flow: {heap} = {storage for ... argument}:
./io_csv_report.go:43:47:     from ... argument (spill) at ./io_csv_report.go:43:14
./io_csv_report.go:43:47:     from fmt.Fprintf(&out, "%-8s %10.2f\n", ... argument...) (call parameter) at ./io_csv_report.go:43:14
./io_csv_report.go:43:21: k escapes to heap:
./io_csv_report.go:43:21:   flow: {storage for ... argument} = &{storage for k}:
./io_csv_report.go:43:21:     from k (spill) at ./io_csv_report.go:43:21
./io_csv_report.go:43:21:     from ... argument (slice-literal-element) at ./io_csv_report.go:43:14
./io_csv_report.go:43:21:   flow: {heap} = {storage for ... argument}:
./io_csv_report.go:43:21:     from ... argument (spill) at ./io_csv_report.go:43:14
./io_csv_report.go:43:21:     from fmt.Fprintf(&out, "%-8s %10.2f\n", ... argument...) (call parameter) at ./io_csv_report.go:43:14
./io_csv_report.go:28:22: line escapes to heap:
./io_csv_report.go:28:22:   flow: {storage for ... argument} = &{storage for line}:
./io_csv_report.go:28:22:     from line (spill) at ./io_csv_report.go:28:22
./io_csv_report.go:28:22:     from ... argument (slice-literal-element) at ./io_csv_report.go:28:15
./io_csv_report.go:28:22:   flow: {heap} = {storage for ... argument}:
./io_csv_report.go:28:22:     from ... argument (spill) at ./io_csv_report.go:28:15
./io_csv_report.go:28:22:     from fmt.Fprintf(&out, "skip %q\n", ... argument...) (call parameter) at ./io_csv_report.go:28:15
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
