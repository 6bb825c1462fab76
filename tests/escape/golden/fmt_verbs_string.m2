./fmt_verbs_string.go:25:20: len(t) escapes to heap:
./fmt_verbs_string.go:25:20:   flow: {storage for ... argument} = &{storage for len(t)}:
./fmt_verbs_string.go:25:20:     from len(t) (spill) at ./fmt_verbs_string.go:25:20
./fmt_verbs_string.go:25:20:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:25:13
./fmt_verbs_string.go:25:20:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:25:20:     from ... argument (spill) at ./fmt_verbs_string.go:25:13
./fmt_verbs_string.go:25:20:     from fmt.Println(... argument...) (call parameter) at ./fmt_verbs_string.go:25:13
./fmt_verbs_string.go:25:13: t escapes to heap:
./fmt_verbs_string.go:25:13:   flow: {storage for ... argument} = &{storage for t}:
./fmt_verbs_string.go:25:13:     from t (spill) at ./fmt_verbs_string.go:25:13
./fmt_verbs_string.go:25:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:25:13
./fmt_verbs_string.go:25:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:25:13:     from ... argument (spill) at ./fmt_verbs_string.go:25:13
./fmt_verbs_string.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_verbs_string.go:25:13
./fmt_verbs_string.go:24:37: "cd" escapes to heap:
./fmt_verbs_string.go:24:37:   flow: {storage for ... argument} = &{storage for "cd"}:
./fmt_verbs_string.go:24:37:     from "cd" (spill) at ./fmt_verbs_string.go:24:37
./fmt_verbs_string.go:24:37:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:24:18
./fmt_verbs_string.go:24:37:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:24:37:     from ... argument (spill) at ./fmt_verbs_string.go:24:18
./fmt_verbs_string.go:24:37:     from fmt.Sprintf("%-6s|%6s", ... argument...) (call parameter) at ./fmt_verbs_string.go:24:18
./fmt_verbs_string.go:24:31: "ab" escapes to heap:
./fmt_verbs_string.go:24:31:   flow: {storage for ... argument} = &{storage for "ab"}:
./fmt_verbs_string.go:24:31:     from "ab" (spill) at ./fmt_verbs_string.go:24:31
./fmt_verbs_string.go:24:31:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:24:18
./fmt_verbs_string.go:24:31:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:24:31:     from ... argument (spill) at ./fmt_verbs_string.go:24:18
./fmt_verbs_string.go:24:31:     from fmt.Sprintf("%-6s|%6s", ... argument...) (call parameter) at ./fmt_verbs_string.go:24:18
./fmt_verbs_string.go:23:49: "three" escapes to heap:
./fmt_verbs_string.go:23:49:   flow: {storage for ... argument} = &{storage for "three"}:
./fmt_verbs_string.go:23:49:     from "three" (spill) at ./fmt_verbs_string.go:23:49
./fmt_verbs_string.go:23:49:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:23:12
./fmt_verbs_string.go:23:49:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:23:49:     from ... argument (spill) at ./fmt_verbs_string.go:23:12
./fmt_verbs_string.go:23:49:     from fmt.Printf("%s and %s and %v\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:23:12
./fmt_verbs_string.go:23:42: "two" escapes to heap:
./fmt_verbs_string.go:23:42:   flow: {storage for ... argument} = &{storage for "two"}:
./fmt_verbs_string.go:23:42:     from "two" (spill) at ./fmt_verbs_string.go:23:42
./fmt_verbs_string.go:23:42:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:23:12
./fmt_verbs_string.go:23:42:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:23:42:     from ... argument (spill) at ./fmt_verbs_string.go:23:12
./fmt_verbs_string.go:23:42:     from fmt.Printf("%s and %s and %v\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:23:12
./fmt_verbs_string.go:23:35: "one" escapes to heap:
./fmt_verbs_string.go:23:35:   flow: {storage for ... argument} = &{storage for "one"}:
./fmt_verbs_string.go:23:35:     from "one" (spill) at ./fmt_verbs_string.go:23:35
./fmt_verbs_string.go:23:35:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:23:12
./fmt_verbs_string.go:23:35:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:23:35:     from ... argument (spill) at ./fmt_verbs_string.go:23:12
./fmt_verbs_string.go:23:35:     from fmt.Printf("%s and %s and %v\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:23:12
./fmt_verbs_string.go:22:36: "\U0010ffff" escapes to heap:
./fmt_verbs_string.go:22:36:   flow: {storage for ... argument} = &{storage for "\U0010ffff"}:
./fmt_verbs_string.go:22:36:     from "\U0010ffff" (spill) at ./fmt_verbs_string.go:22:36
./fmt_verbs_string.go:22:36:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:22:12
./fmt_verbs_string.go:22:36:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:22:36:     from ... argument (spill) at ./fmt_verbs_string.go:22:12
./fmt_verbs_string.go:22:36:     from fmt.Printf("|%q|%q|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:22:12
./fmt_verbs_string.go:22:26: "\u2028" escapes to heap:
./fmt_verbs_string.go:22:26:   flow: {storage for ... argument} = &{storage for "\u2028"}:
./fmt_verbs_string.go:22:26:     from "\u2028" (spill) at ./fmt_verbs_string.go:22:26
./fmt_verbs_string.go:22:26:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:22:12
./fmt_verbs_string.go:22:26:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:22:26:     from ... argument (spill) at ./fmt_verbs_string.go:22:12
./fmt_verbs_string.go:22:26:     from fmt.Printf("|%q|%q|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:22:12
./fmt_verbs_string.go:21:32: "no`backquote" escapes to heap:
./fmt_verbs_string.go:21:32:   flow: {storage for ... argument} = &{storage for "no`backquote"}:
./fmt_verbs_string.go:21:32:     from "no`backquote" (spill) at ./fmt_verbs_string.go:21:32
./fmt_verbs_string.go:21:32:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:21:12
./fmt_verbs_string.go:21:32:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:21:32:     from ... argument (spill) at ./fmt_verbs_string.go:21:12
./fmt_verbs_string.go:21:32:     from fmt.Printf("|%q|%#q|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:21:12
./fmt_verbs_string.go:21:27: "`" escapes to heap:
./fmt_verbs_string.go:21:27:   flow: {storage for ... argument} = &{storage for "`"}:
./fmt_verbs_string.go:21:27:     from "`" (spill) at ./fmt_verbs_string.go:21:27
./fmt_verbs_string.go:21:27:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:21:12
./fmt_verbs_string.go:21:27:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:21:27:     from ... argument (spill) at ./fmt_verbs_string.go:21:12
./fmt_verbs_string.go:21:27:     from fmt.Printf("|%q|%#q|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:21:12
./fmt_verbs_string.go:20:13: bad escapes to heap:
./fmt_verbs_string.go:20:13:   flow: {storage for ... argument} = &{storage for bad}:
./fmt_verbs_string.go:20:13:     from bad (spill) at ./fmt_verbs_string.go:20:13
./fmt_verbs_string.go:20:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:20:12
./fmt_verbs_string.go:20:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:20:13:     from ... argument (spill) at ./fmt_verbs_string.go:20:12
./fmt_verbs_string.go:20:13:     from fmt.Printf("|%q|%+q|%x|%.3s|%5s|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:20:12
./fmt_verbs_string.go:20:13: bad escapes to heap:
./fmt_verbs_string.go:20:13:   flow: {storage for ... argument} = &{storage for bad}:
./fmt_verbs_string.go:20:13:     from bad (spill) at ./fmt_verbs_string.go:20:13
./fmt_verbs_string.go:20:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:20:12
./fmt_verbs_string.go:20:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:20:13:     from ... argument (spill) at ./fmt_verbs_string.go:20:12
./fmt_verbs_string.go:20:13:     from fmt.Printf("|%q|%+q|%x|%.3s|%5s|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:20:12
./fmt_verbs_string.go:20:13: bad escapes to heap:
./fmt_verbs_string.go:20:13:   flow: {storage for ... argument} = &{storage for bad}:
./fmt_verbs_string.go:20:13:     from bad (spill) at ./fmt_verbs_string.go:20:13
./fmt_verbs_string.go:20:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:20:12
./fmt_verbs_string.go:20:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:20:13:     from ... argument (spill) at ./fmt_verbs_string.go:20:12
./fmt_verbs_string.go:20:13:     from fmt.Printf("|%q|%+q|%x|%.3s|%5s|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:20:12
./fmt_verbs_string.go:20:13: bad escapes to heap:
./fmt_verbs_string.go:20:13:   flow: {storage for ... argument} = &{storage for bad}:
./fmt_verbs_string.go:20:13:     from bad (spill) at ./fmt_verbs_string.go:20:13
./fmt_verbs_string.go:20:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:20:12
./fmt_verbs_string.go:20:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:20:13:     from ... argument (spill) at ./fmt_verbs_string.go:20:12
./fmt_verbs_string.go:20:13:     from fmt.Printf("|%q|%+q|%x|%.3s|%5s|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:20:12
./fmt_verbs_string.go:20:13: bad escapes to heap:
./fmt_verbs_string.go:20:13:   flow: {storage for ... argument} = &{storage for bad}:
./fmt_verbs_string.go:20:13:     from bad (spill) at ./fmt_verbs_string.go:20:13
./fmt_verbs_string.go:20:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:20:12
./fmt_verbs_string.go:20:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:20:13:     from ... argument (spill) at ./fmt_verbs_string.go:20:12
./fmt_verbs_string.go:20:13:     from fmt.Printf("|%q|%+q|%x|%.3s|%5s|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:20:12
./fmt_verbs_string.go:18:13: e escapes to heap:
./fmt_verbs_string.go:18:13:   flow: {storage for ... argument} = &{storage for e}:
./fmt_verbs_string.go:18:13:     from e (spill) at ./fmt_verbs_string.go:18:13
./fmt_verbs_string.go:18:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:18:12
./fmt_verbs_string.go:18:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:18:13:     from ... argument (spill) at ./fmt_verbs_string.go:18:12
./fmt_verbs_string.go:18:13:     from fmt.Printf("|%s|\n|%q|\n|%#q|\n|%+q|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:18:12
./fmt_verbs_string.go:18:13: e escapes to heap:
./fmt_verbs_string.go:18:13:   flow: {storage for ... argument} = &{storage for e}:
./fmt_verbs_string.go:18:13:     from e (spill) at ./fmt_verbs_string.go:18:13
./fmt_verbs_string.go:18:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:18:12
./fmt_verbs_string.go:18:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:18:13:     from ... argument (spill) at ./fmt_verbs_string.go:18:12
./fmt_verbs_string.go:18:13:     from fmt.Printf("|%s|\n|%q|\n|%#q|\n|%+q|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:18:12
./fmt_verbs_string.go:18:13: e escapes to heap:
./fmt_verbs_string.go:18:13:   flow: {storage for ... argument} = &{storage for e}:
./fmt_verbs_string.go:18:13:     from e (spill) at ./fmt_verbs_string.go:18:13
./fmt_verbs_string.go:18:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:18:12
./fmt_verbs_string.go:18:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:18:13:     from ... argument (spill) at ./fmt_verbs_string.go:18:12
./fmt_verbs_string.go:18:13:     from fmt.Printf("|%s|\n|%q|\n|%#q|\n|%+q|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:18:12
./fmt_verbs_string.go:18:13: e escapes to heap:
./fmt_verbs_string.go:18:13:   flow: {storage for ... argument} = &{storage for e}:
./fmt_verbs_string.go:18:13:     from e (spill) at ./fmt_verbs_string.go:18:13
./fmt_verbs_string.go:18:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:18:12
./fmt_verbs_string.go:18:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:18:13:     from ... argument (spill) at ./fmt_verbs_string.go:18:12
./fmt_verbs_string.go:18:13:     from fmt.Printf("|%s|\n|%q|\n|%#q|\n|%+q|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:18:12
./fmt_verbs_string.go:16:13: u escapes to heap:
./fmt_verbs_string.go:16:13:   flow: {storage for ... argument} = &{storage for u}:
./fmt_verbs_string.go:16:13:     from u (spill) at ./fmt_verbs_string.go:16:13
./fmt_verbs_string.go:16:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:16:12
./fmt_verbs_string.go:16:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:16:13:     from ... argument (spill) at ./fmt_verbs_string.go:16:12
./fmt_verbs_string.go:16:13:     from fmt.Printf("|%s|%5s|%-5s|%.2s|%q|%+q|%x|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:16:12
./fmt_verbs_string.go:16:13: u escapes to heap:
./fmt_verbs_string.go:16:13:   flow: {storage for ... argument} = &{storage for u}:
./fmt_verbs_string.go:16:13:     from u (spill) at ./fmt_verbs_string.go:16:13
./fmt_verbs_string.go:16:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:16:12
./fmt_verbs_string.go:16:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:16:13:     from ... argument (spill) at ./fmt_verbs_string.go:16:12
./fmt_verbs_string.go:16:13:     from fmt.Printf("|%s|%5s|%-5s|%.2s|%q|%+q|%x|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:16:12
./fmt_verbs_string.go:16:13: u escapes to heap:
./fmt_verbs_string.go:16:13:   flow: {storage for ... argument} = &{storage for u}:
./fmt_verbs_string.go:16:13:     from u (spill) at ./fmt_verbs_string.go:16:13
./fmt_verbs_string.go:16:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:16:12
./fmt_verbs_string.go:16:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:16:13:     from ... argument (spill) at ./fmt_verbs_string.go:16:12
./fmt_verbs_string.go:16:13:     from fmt.Printf("|%s|%5s|%-5s|%.2s|%q|%+q|%x|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:16:12
./fmt_verbs_string.go:16:13: u escapes to heap:
./fmt_verbs_string.go:16:13:   flow: {storage for ... argument} = &{storage for u}:
./fmt_verbs_string.go:16:13:     from u (spill) at ./fmt_verbs_string.go:16:13
./fmt_verbs_string.go:16:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:16:12
./fmt_verbs_string.go:16:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:16:13:     from ... argument (spill) at ./fmt_verbs_string.go:16:12
./fmt_verbs_string.go:16:13:     from fmt.Printf("|%s|%5s|%-5s|%.2s|%q|%+q|%x|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:16:12
./fmt_verbs_string.go:16:13: u escapes to heap:
./fmt_verbs_string.go:16:13:   flow: {storage for ... argument} = &{storage for u}:
./fmt_verbs_string.go:16:13:     from u (spill) at ./fmt_verbs_string.go:16:13
./fmt_verbs_string.go:16:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:16:12
./fmt_verbs_string.go:16:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:16:13:     from ... argument (spill) at ./fmt_verbs_string.go:16:12
./fmt_verbs_string.go:16:13:     from fmt.Printf("|%s|%5s|%-5s|%.2s|%q|%+q|%x|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:16:12
./fmt_verbs_string.go:16:13: u escapes to heap:
./fmt_verbs_string.go:16:13:   flow: {storage for ... argument} = &{storage for u}:
./fmt_verbs_string.go:16:13:     from u (spill) at ./fmt_verbs_string.go:16:13
./fmt_verbs_string.go:16:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:16:12
./fmt_verbs_string.go:16:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:16:13:     from ... argument (spill) at ./fmt_verbs_string.go:16:12
./fmt_verbs_string.go:16:13:     from fmt.Printf("|%s|%5s|%-5s|%.2s|%q|%+q|%x|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:16:12
./fmt_verbs_string.go:16:13: u escapes to heap:
./fmt_verbs_string.go:16:13:   flow: {storage for ... argument} = &{storage for u}:
./fmt_verbs_string.go:16:13:     from u (spill) at ./fmt_verbs_string.go:16:13
./fmt_verbs_string.go:16:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:16:12
./fmt_verbs_string.go:16:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:16:13:     from ... argument (spill) at ./fmt_verbs_string.go:16:12
./fmt_verbs_string.go:16:13:     from fmt.Printf("|%s|%5s|%-5s|%.2s|%q|%+q|%x|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:16:12
./fmt_verbs_string.go:14:63: "abc" escapes to heap:
./fmt_verbs_string.go:14:63:   flow: {storage for ... argument} = &{storage for "abc"}:
./fmt_verbs_string.go:14:63:     from "abc" (spill) at ./fmt_verbs_string.go:14:63
./fmt_verbs_string.go:14:63:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:14:12
./fmt_verbs_string.go:14:63:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:14:63:     from ... argument (spill) at ./fmt_verbs_string.go:14:12
./fmt_verbs_string.go:14:63:     from fmt.Printf("|%s|%q|%x|%5s|%-5s|%.0s|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:14:12
./fmt_verbs_string.go:14:59: "" escapes to heap:
./fmt_verbs_string.go:14:59:   flow: {storage for ... argument} = &{storage for ""}:
./fmt_verbs_string.go:14:59:     from "" (spill) at ./fmt_verbs_string.go:14:59
./fmt_verbs_string.go:14:59:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:14:12
./fmt_verbs_string.go:14:59:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:14:59:     from ... argument (spill) at ./fmt_verbs_string.go:14:12
./fmt_verbs_string.go:14:59:     from fmt.Printf("|%s|%q|%x|%5s|%-5s|%.0s|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:14:12
./fmt_verbs_string.go:14:55: "" escapes to heap:
./fmt_verbs_string.go:14:55:   flow: {storage for ... argument} = &{storage for ""}:
./fmt_verbs_string.go:14:55:     from "" (spill) at ./fmt_verbs_string.go:14:55
./fmt_verbs_string.go:14:55:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:14:12
./fmt_verbs_string.go:14:55:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:14:55:     from ... argument (spill) at ./fmt_verbs_string.go:14:12
./fmt_verbs_string.go:14:55:     from fmt.Printf("|%s|%q|%x|%5s|%-5s|%.0s|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:14:12
./fmt_verbs_string.go:14:51: "" escapes to heap:
./fmt_verbs_string.go:14:51:   flow: {storage for ... argument} = &{storage for ""}:
./fmt_verbs_string.go:14:51:     from "" (spill) at ./fmt_verbs_string.go:14:51
./fmt_verbs_string.go:14:51:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:14:12
./fmt_verbs_string.go:14:51:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:14:51:     from ... argument (spill) at ./fmt_verbs_string.go:14:12
./fmt_verbs_string.go:14:51:     from fmt.Printf("|%s|%q|%x|%5s|%-5s|%.0s|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:14:12
./fmt_verbs_string.go:14:47: "" escapes to heap:
./fmt_verbs_string.go:14:47:   flow: {storage for ... argument} = &{storage for ""}:
./fmt_verbs_string.go:14:47:     from "" (spill) at ./fmt_verbs_string.go:14:47
./fmt_verbs_string.go:14:47:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:14:12
./fmt_verbs_string.go:14:47:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:14:47:     from ... argument (spill) at ./fmt_verbs_string.go:14:12
./fmt_verbs_string.go:14:47:     from fmt.Printf("|%s|%q|%x|%5s|%-5s|%.0s|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:14:12
./fmt_verbs_string.go:14:43: "" escapes to heap:
./fmt_verbs_string.go:14:43:   flow: {storage for ... argument} = &{storage for ""}:
./fmt_verbs_string.go:14:43:     from "" (spill) at ./fmt_verbs_string.go:14:43
./fmt_verbs_string.go:14:43:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:14:12
./fmt_verbs_string.go:14:43:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:14:43:     from ... argument (spill) at ./fmt_verbs_string.go:14:12
./fmt_verbs_string.go:14:43:     from fmt.Printf("|%s|%q|%x|%5s|%-5s|%.0s|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:14:12
./fmt_verbs_string.go:13:60: "ab" escapes to heap:
./fmt_verbs_string.go:13:60:   flow: {storage for ... argument} = &{storage for "ab"}:
./fmt_verbs_string.go:13:60:     from "ab" (spill) at ./fmt_verbs_string.go:13:60
./fmt_verbs_string.go:13:60:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:13:12
./fmt_verbs_string.go:13:60:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:13:60:     from ... argument (spill) at ./fmt_verbs_string.go:13:12
./fmt_verbs_string.go:13:60:     from fmt.Printf("|%.2x|%8x|%-8x|%08x|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:13:12
./fmt_verbs_string.go:13:53: "abc" escapes to heap:
./fmt_verbs_string.go:13:53:   flow: {storage for ... argument} = &{storage for "abc"}:
./fmt_verbs_string.go:13:53:     from "abc" (spill) at ./fmt_verbs_string.go:13:53
./fmt_verbs_string.go:13:53:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:13:12
./fmt_verbs_string.go:13:53:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:13:53:     from ... argument (spill) at ./fmt_verbs_string.go:13:12
./fmt_verbs_string.go:13:53:     from fmt.Printf("|%.2x|%8x|%-8x|%08x|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:13:12
./fmt_verbs_string.go:13:46: "abc" escapes to heap:
./fmt_verbs_string.go:13:46:   flow: {storage for ... argument} = &{storage for "abc"}:
./fmt_verbs_string.go:13:46:     from "abc" (spill) at ./fmt_verbs_string.go:13:46
./fmt_verbs_string.go:13:46:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:13:12
./fmt_verbs_string.go:13:46:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:13:46:     from ... argument (spill) at ./fmt_verbs_string.go:13:12
./fmt_verbs_string.go:13:46:     from fmt.Printf("|%.2x|%8x|%-8x|%08x|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:13:12
./fmt_verbs_string.go:13:39: "abc" escapes to heap:
./fmt_verbs_string.go:13:39:   flow: {storage for ... argument} = &{storage for "abc"}:
./fmt_verbs_string.go:13:39:     from "abc" (spill) at ./fmt_verbs_string.go:13:39
./fmt_verbs_string.go:13:39:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:13:12
./fmt_verbs_string.go:13:39:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:13:39:     from ... argument (spill) at ./fmt_verbs_string.go:13:12
./fmt_verbs_string.go:13:39:     from fmt.Printf("|%.2x|%8x|%-8x|%08x|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:13:12
./fmt_verbs_string.go:12:13: s escapes to heap:
./fmt_verbs_string.go:12:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:12:13:     from s (spill) at ./fmt_verbs_string.go:12:13
./fmt_verbs_string.go:12:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:12:12
./fmt_verbs_string.go:12:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:12:13:     from ... argument (spill) at ./fmt_verbs_string.go:12:12
./fmt_verbs_string.go:12:13:     from fmt.Printf("|%x|%X|% x|% X|%#x|%# x|%#X|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:12:12
./fmt_verbs_string.go:12:13: s escapes to heap:
./fmt_verbs_string.go:12:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:12:13:     from s (spill) at ./fmt_verbs_string.go:12:13
./fmt_verbs_string.go:12:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:12:12
./fmt_verbs_string.go:12:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:12:13:     from ... argument (spill) at ./fmt_verbs_string.go:12:12
./fmt_verbs_string.go:12:13:     from fmt.Printf("|%x|%X|% x|% X|%#x|%# x|%#X|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:12:12
./fmt_verbs_string.go:12:13: s escapes to heap:
./fmt_verbs_string.go:12:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:12:13:     from s (spill) at ./fmt_verbs_string.go:12:13
./fmt_verbs_string.go:12:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:12:12
./fmt_verbs_string.go:12:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:12:13:     from ... argument (spill) at ./fmt_verbs_string.go:12:12
./fmt_verbs_string.go:12:13:     from fmt.Printf("|%x|%X|% x|% X|%#x|%# x|%#X|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:12:12
./fmt_verbs_string.go:12:13: s escapes to heap:
./fmt_verbs_string.go:12:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:12:13:     from s (spill) at ./fmt_verbs_string.go:12:13
./fmt_verbs_string.go:12:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:12:12
./fmt_verbs_string.go:12:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:12:13:     from ... argument (spill) at ./fmt_verbs_string.go:12:12
./fmt_verbs_string.go:12:13:     from fmt.Printf("|%x|%X|% x|% X|%#x|%# x|%#X|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:12:12
./fmt_verbs_string.go:12:13: s escapes to heap:
./fmt_verbs_string.go:12:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:12:13:     from s (spill) at ./fmt_verbs_string.go:12:13
./fmt_verbs_string.go:12:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:12:12
./fmt_verbs_string.go:12:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:12:13:     from ... argument (spill) at ./fmt_verbs_string.go:12:12
./fmt_verbs_string.go:12:13:     from fmt.Printf("|%x|%X|% x|% X|%#x|%# x|%#X|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:12:12
./fmt_verbs_string.go:12:13: s escapes to heap:
./fmt_verbs_string.go:12:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:12:13:     from s (spill) at ./fmt_verbs_string.go:12:13
./fmt_verbs_string.go:12:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:12:12
./fmt_verbs_string.go:12:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:12:13:     from ... argument (spill) at ./fmt_verbs_string.go:12:12
./fmt_verbs_string.go:12:13:     from fmt.Printf("|%x|%X|% x|% X|%#x|%# x|%#X|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:12:12
./fmt_verbs_string.go:12:13: s escapes to heap:
./fmt_verbs_string.go:12:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:12:13:     from s (spill) at ./fmt_verbs_string.go:12:13
./fmt_verbs_string.go:12:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:12:12
./fmt_verbs_string.go:12:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:12:13:     from ... argument (spill) at ./fmt_verbs_string.go:12:12
./fmt_verbs_string.go:12:13:     from fmt.Printf("|%x|%X|% x|% X|%#x|%# x|%#X|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:12:12
./fmt_verbs_string.go:11:13: s escapes to heap:
./fmt_verbs_string.go:11:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:11:13:     from s (spill) at ./fmt_verbs_string.go:11:13
./fmt_verbs_string.go:11:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:11:12
./fmt_verbs_string.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:11:13:     from ... argument (spill) at ./fmt_verbs_string.go:11:12
./fmt_verbs_string.go:11:13:     from fmt.Printf("|%q|%+q|%#q|%#+q|%12q|%-12q|%.3q|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:11:12
./fmt_verbs_string.go:11:13: s escapes to heap:
./fmt_verbs_string.go:11:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:11:13:     from s (spill) at ./fmt_verbs_string.go:11:13
./fmt_verbs_string.go:11:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:11:12
./fmt_verbs_string.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:11:13:     from ... argument (spill) at ./fmt_verbs_string.go:11:12
./fmt_verbs_string.go:11:13:     from fmt.Printf("|%q|%+q|%#q|%#+q|%12q|%-12q|%.3q|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:11:12
./fmt_verbs_string.go:11:13: s escapes to heap:
./fmt_verbs_string.go:11:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:11:13:     from s (spill) at ./fmt_verbs_string.go:11:13
./fmt_verbs_string.go:11:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:11:12
./fmt_verbs_string.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:11:13:     from ... argument (spill) at ./fmt_verbs_string.go:11:12
./fmt_verbs_string.go:11:13:     from fmt.Printf("|%q|%+q|%#q|%#+q|%12q|%-12q|%.3q|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:11:12
./fmt_verbs_string.go:11:13: s escapes to heap:
./fmt_verbs_string.go:11:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:11:13:     from s (spill) at ./fmt_verbs_string.go:11:13
./fmt_verbs_string.go:11:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:11:12
./fmt_verbs_string.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:11:13:     from ... argument (spill) at ./fmt_verbs_string.go:11:12
./fmt_verbs_string.go:11:13:     from fmt.Printf("|%q|%+q|%#q|%#+q|%12q|%-12q|%.3q|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:11:12
./fmt_verbs_string.go:11:13: s escapes to heap:
./fmt_verbs_string.go:11:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:11:13:     from s (spill) at ./fmt_verbs_string.go:11:13
./fmt_verbs_string.go:11:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:11:12
./fmt_verbs_string.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:11:13:     from ... argument (spill) at ./fmt_verbs_string.go:11:12
./fmt_verbs_string.go:11:13:     from fmt.Printf("|%q|%+q|%#q|%#+q|%12q|%-12q|%.3q|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:11:12
./fmt_verbs_string.go:11:13: s escapes to heap:
./fmt_verbs_string.go:11:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:11:13:     from s (spill) at ./fmt_verbs_string.go:11:13
./fmt_verbs_string.go:11:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:11:12
./fmt_verbs_string.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:11:13:     from ... argument (spill) at ./fmt_verbs_string.go:11:12
./fmt_verbs_string.go:11:13:     from fmt.Printf("|%q|%+q|%#q|%#+q|%12q|%-12q|%.3q|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:11:12
./fmt_verbs_string.go:11:13: s escapes to heap:
./fmt_verbs_string.go:11:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:11:13:     from s (spill) at ./fmt_verbs_string.go:11:13
./fmt_verbs_string.go:11:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:11:12
./fmt_verbs_string.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:11:13:     from ... argument (spill) at ./fmt_verbs_string.go:11:12
./fmt_verbs_string.go:11:13:     from fmt.Printf("|%q|%+q|%#q|%#+q|%12q|%-12q|%.3q|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:11:12
./fmt_verbs_string.go:10:13: s escapes to heap:
./fmt_verbs_string.go:10:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:10:13:     from s (spill) at ./fmt_verbs_string.go:10:13
./fmt_verbs_string.go:10:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:10:12
./fmt_verbs_string.go:10:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:10:13:     from ... argument (spill) at ./fmt_verbs_string.go:10:12
./fmt_verbs_string.go:10:13:     from fmt.Printf("|%v|%8v|%-8v|%.1v|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:10:12
./fmt_verbs_string.go:10:13: s escapes to heap:
./fmt_verbs_string.go:10:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:10:13:     from s (spill) at ./fmt_verbs_string.go:10:13
./fmt_verbs_string.go:10:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:10:12
./fmt_verbs_string.go:10:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:10:13:     from ... argument (spill) at ./fmt_verbs_string.go:10:12
./fmt_verbs_string.go:10:13:     from fmt.Printf("|%v|%8v|%-8v|%.1v|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:10:12
./fmt_verbs_string.go:10:13: s escapes to heap:
./fmt_verbs_string.go:10:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:10:13:     from s (spill) at ./fmt_verbs_string.go:10:13
./fmt_verbs_string.go:10:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:10:12
./fmt_verbs_string.go:10:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:10:13:     from ... argument (spill) at ./fmt_verbs_string.go:10:12
./fmt_verbs_string.go:10:13:     from fmt.Printf("|%v|%8v|%-8v|%.1v|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:10:12
./fmt_verbs_string.go:10:13: s escapes to heap:
./fmt_verbs_string.go:10:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:10:13:     from s (spill) at ./fmt_verbs_string.go:10:13
./fmt_verbs_string.go:10:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:10:12
./fmt_verbs_string.go:10:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:10:13:     from ... argument (spill) at ./fmt_verbs_string.go:10:12
./fmt_verbs_string.go:10:13:     from fmt.Printf("|%v|%8v|%-8v|%.1v|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:10:12
./fmt_verbs_string.go:9:13: s escapes to heap:
./fmt_verbs_string.go:9:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:9:13:     from s (spill) at ./fmt_verbs_string.go:9:13
./fmt_verbs_string.go:9:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:9:12
./fmt_verbs_string.go:9:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:9:13:     from ... argument (spill) at ./fmt_verbs_string.go:9:12
./fmt_verbs_string.go:9:13:     from fmt.Printf("|%s|%10s|%-10s|%.2s|%.3s|%7.2s|%-7.2s|%010s|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:9:12
./fmt_verbs_string.go:9:13: s escapes to heap:
./fmt_verbs_string.go:9:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:9:13:     from s (spill) at ./fmt_verbs_string.go:9:13
./fmt_verbs_string.go:9:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:9:12
./fmt_verbs_string.go:9:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:9:13:     from ... argument (spill) at ./fmt_verbs_string.go:9:12
./fmt_verbs_string.go:9:13:     from fmt.Printf("|%s|%10s|%-10s|%.2s|%.3s|%7.2s|%-7.2s|%010s|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:9:12
./fmt_verbs_string.go:9:13: s escapes to heap:
./fmt_verbs_string.go:9:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:9:13:     from s (spill) at ./fmt_verbs_string.go:9:13
./fmt_verbs_string.go:9:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:9:12
./fmt_verbs_string.go:9:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:9:13:     from ... argument (spill) at ./fmt_verbs_string.go:9:12
./fmt_verbs_string.go:9:13:     from fmt.Printf("|%s|%10s|%-10s|%.2s|%.3s|%7.2s|%-7.2s|%010s|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:9:12
./fmt_verbs_string.go:9:13: s escapes to heap:
./fmt_verbs_string.go:9:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:9:13:     from s (spill) at ./fmt_verbs_string.go:9:13
./fmt_verbs_string.go:9:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:9:12
./fmt_verbs_string.go:9:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:9:13:     from ... argument (spill) at ./fmt_verbs_string.go:9:12
./fmt_verbs_string.go:9:13:     from fmt.Printf("|%s|%10s|%-10s|%.2s|%.3s|%7.2s|%-7.2s|%010s|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:9:12
./fmt_verbs_string.go:9:13: s escapes to heap:
./fmt_verbs_string.go:9:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:9:13:     from s (spill) at ./fmt_verbs_string.go:9:13
./fmt_verbs_string.go:9:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:9:12
./fmt_verbs_string.go:9:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:9:13:     from ... argument (spill) at ./fmt_verbs_string.go:9:12
./fmt_verbs_string.go:9:13:     from fmt.Printf("|%s|%10s|%-10s|%.2s|%.3s|%7.2s|%-7.2s|%010s|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:9:12
./fmt_verbs_string.go:9:13: s escapes to heap:
./fmt_verbs_string.go:9:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:9:13:     from s (spill) at ./fmt_verbs_string.go:9:13
./fmt_verbs_string.go:9:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:9:12
./fmt_verbs_string.go:9:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:9:13:     from ... argument (spill) at ./fmt_verbs_string.go:9:12
./fmt_verbs_string.go:9:13:     from fmt.Printf("|%s|%10s|%-10s|%.2s|%.3s|%7.2s|%-7.2s|%010s|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:9:12
./fmt_verbs_string.go:9:13: s escapes to heap:
./fmt_verbs_string.go:9:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:9:13:     from s (spill) at ./fmt_verbs_string.go:9:13
./fmt_verbs_string.go:9:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:9:12
./fmt_verbs_string.go:9:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:9:13:     from ... argument (spill) at ./fmt_verbs_string.go:9:12
./fmt_verbs_string.go:9:13:     from fmt.Printf("|%s|%10s|%-10s|%.2s|%.3s|%7.2s|%-7.2s|%010s|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:9:12
./fmt_verbs_string.go:9:13: s escapes to heap:
./fmt_verbs_string.go:9:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_verbs_string.go:9:13:     from s (spill) at ./fmt_verbs_string.go:9:13
./fmt_verbs_string.go:9:13:     from ... argument (slice-literal-element) at ./fmt_verbs_string.go:9:12
./fmt_verbs_string.go:9:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_string.go:9:13:     from ... argument (spill) at ./fmt_verbs_string.go:9:12
./fmt_verbs_string.go:9:13:     from fmt.Printf("|%s|%10s|%-10s|%.2s|%.3s|%7.2s|%-7.2s|%010s|\n", ... argument...) (call parameter) at ./fmt_verbs_string.go:9:12
./fmt_verbs_string.go:9:12: ... argument does not escape
./fmt_verbs_string.go:9:13: s escapes to heap
./fmt_verbs_string.go:9:13: s escapes to heap
./fmt_verbs_string.go:9:13: s escapes to heap
./fmt_verbs_string.go:9:13: s escapes to heap
./fmt_verbs_string.go:9:13: s escapes to heap
./fmt_verbs_string.go:9:13: s escapes to heap
./fmt_verbs_string.go:9:13: s escapes to heap
./fmt_verbs_string.go:9:13: s escapes to heap
./fmt_verbs_string.go:10:12: ... argument does not escape
./fmt_verbs_string.go:10:13: s escapes to heap
./fmt_verbs_string.go:10:13: s escapes to heap
./fmt_verbs_string.go:10:13: s escapes to heap
./fmt_verbs_string.go:10:13: s escapes to heap
./fmt_verbs_string.go:11:12: ... argument does not escape
./fmt_verbs_string.go:11:13: s escapes to heap
./fmt_verbs_string.go:11:13: s escapes to heap
./fmt_verbs_string.go:11:13: s escapes to heap
./fmt_verbs_string.go:11:13: s escapes to heap
./fmt_verbs_string.go:11:13: s escapes to heap
./fmt_verbs_string.go:11:13: s escapes to heap
./fmt_verbs_string.go:11:13: s escapes to heap
./fmt_verbs_string.go:12:12: ... argument does not escape
./fmt_verbs_string.go:12:13: s escapes to heap
./fmt_verbs_string.go:12:13: s escapes to heap
./fmt_verbs_string.go:12:13: s escapes to heap
./fmt_verbs_string.go:12:13: s escapes to heap
./fmt_verbs_string.go:12:13: s escapes to heap
./fmt_verbs_string.go:12:13: s escapes to heap
./fmt_verbs_string.go:12:13: s escapes to heap
./fmt_verbs_string.go:13:12: ... argument does not escape
./fmt_verbs_string.go:13:39: "abc" escapes to heap
./fmt_verbs_string.go:13:46: "abc" escapes to heap
./fmt_verbs_string.go:13:53: "abc" escapes to heap
./fmt_verbs_string.go:13:60: "ab" escapes to heap
./fmt_verbs_string.go:14:12: ... argument does not escape
./fmt_verbs_string.go:14:43: "" escapes to heap
./fmt_verbs_string.go:14:47: "" escapes to heap
./fmt_verbs_string.go:14:51: "" escapes to heap
./fmt_verbs_string.go:14:55: "" escapes to heap
./fmt_verbs_string.go:14:59: "" escapes to heap
./fmt_verbs_string.go:14:63: "abc" escapes to heap
./fmt_verbs_string.go:16:12: ... argument does not escape
./fmt_verbs_string.go:16:13: u escapes to heap
./fmt_verbs_string.go:16:13: u escapes to heap
./fmt_verbs_string.go:16:13: u escapes to heap
./fmt_verbs_string.go:16:13: u escapes to heap
./fmt_verbs_string.go:16:13: u escapes to heap
./fmt_verbs_string.go:16:13: u escapes to heap
./fmt_verbs_string.go:16:13: u escapes to heap
./fmt_verbs_string.go:18:12: ... argument does not escape
./fmt_verbs_string.go:18:13: e escapes to heap
./fmt_verbs_string.go:18:13: e escapes to heap
./fmt_verbs_string.go:18:13: e escapes to heap
./fmt_verbs_string.go:18:13: e escapes to heap
./fmt_verbs_string.go:20:12: ... argument does not escape
./fmt_verbs_string.go:20:13: bad escapes to heap
./fmt_verbs_string.go:20:13: bad escapes to heap
./fmt_verbs_string.go:20:13: bad escapes to heap
./fmt_verbs_string.go:20:13: bad escapes to heap
./fmt_verbs_string.go:20:13: bad escapes to heap
./fmt_verbs_string.go:21:12: ... argument does not escape
./fmt_verbs_string.go:21:27: "`" escapes to heap
./fmt_verbs_string.go:21:32: "no`backquote" escapes to heap
./fmt_verbs_string.go:22:12: ... argument does not escape
./fmt_verbs_string.go:22:26: "\u2028" escapes to heap
./fmt_verbs_string.go:22:36: "\U0010ffff" escapes to heap
./fmt_verbs_string.go:23:12: ... argument does not escape
./fmt_verbs_string.go:23:35: "one" escapes to heap
./fmt_verbs_string.go:23:42: "two" escapes to heap
./fmt_verbs_string.go:23:49: "three" escapes to heap
./fmt_verbs_string.go:24:18: ... argument does not escape
./fmt_verbs_string.go:24:31: "ab" escapes to heap
./fmt_verbs_string.go:24:37: "cd" escapes to heap
./fmt_verbs_string.go:25:13: ... argument does not escape
./fmt_verbs_string.go:25:13: t escapes to heap
./fmt_verbs_string.go:25:20: len(t) escapes to heap
