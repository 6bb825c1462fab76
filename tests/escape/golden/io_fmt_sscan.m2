./io_fmt_sscan.go:67:13: line2 escapes to heap:
./io_fmt_sscan.go:67:13:   flow: {storage for ... argument} = &{storage for line2}:
./io_fmt_sscan.go:67:13:     from line2 (spill) at ./io_fmt_sscan.go:67:13
./io_fmt_sscan.go:67:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:67:12
./io_fmt_sscan.go:67:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:67:13:     from ... argument (spill) at ./io_fmt_sscan.go:67:12
./io_fmt_sscan.go:67:13:     from fmt.Printf("%d %q %q\n", ... argument...) (call parameter) at ./io_fmt_sscan.go:67:12
./io_fmt_sscan.go:67:13: line escapes to heap:
./io_fmt_sscan.go:67:13:   flow: {storage for ... argument} = &{storage for line}:
./io_fmt_sscan.go:67:13:     from line (spill) at ./io_fmt_sscan.go:67:13
./io_fmt_sscan.go:67:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:67:12
./io_fmt_sscan.go:67:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:67:13:     from ... argument (spill) at ./io_fmt_sscan.go:67:12
./io_fmt_sscan.go:67:13:     from fmt.Printf("%d %q %q\n", ... argument...) (call parameter) at ./io_fmt_sscan.go:67:12
./io_fmt_sscan.go:67:13: sum escapes to heap:
./io_fmt_sscan.go:67:13:   flow: {storage for ... argument} = &{storage for sum}:
./io_fmt_sscan.go:67:13:     from sum (spill) at ./io_fmt_sscan.go:67:13
./io_fmt_sscan.go:67:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:67:12
./io_fmt_sscan.go:67:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:67:13:     from ... argument (spill) at ./io_fmt_sscan.go:67:12
./io_fmt_sscan.go:67:13:     from fmt.Printf("%d %q %q\n", ... argument...) (call parameter) at ./io_fmt_sscan.go:67:12
./io_fmt_sscan.go:61:7: x escapes to heap:
./io_fmt_sscan.go:61:7:   flow: {storage for ... argument} = &x:
./io_fmt_sscan.go:61:7:     from &x (address-of) at ./io_fmt_sscan.go:62:17
./io_fmt_sscan.go:61:7:     from &x (interface-converted) at ./io_fmt_sscan.go:62:17
./io_fmt_sscan.go:61:7:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:62:12
./io_fmt_sscan.go:61:7:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:61:7:     from ... argument (spill) at ./io_fmt_sscan.go:62:12
./io_fmt_sscan.go:61:7:     from fmt.Fscan(rd, ... argument...) (call parameter) at ./io_fmt_sscan.go:62:12
./io_fmt_sscan.go:57:6: k escapes to heap:
./io_fmt_sscan.go:57:6:   flow: {storage for ... argument} = &k:
./io_fmt_sscan.go:57:6:     from &k (address-of) at ./io_fmt_sscan.go:58:16
./io_fmt_sscan.go:57:6:     from &k (interface-converted) at ./io_fmt_sscan.go:58:16
./io_fmt_sscan.go:57:6:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:58:11
./io_fmt_sscan.go:57:6:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:57:6:     from ... argument (spill) at ./io_fmt_sscan.go:58:11
./io_fmt_sscan.go:57:6:     from fmt.Fscan(rd, ... argument...) (call parameter) at ./io_fmt_sscan.go:58:11
./io_fmt_sscan.go:55:13: n escapes to heap:
./io_fmt_sscan.go:55:13:   flow: {storage for ... argument} = &{storage for n}:
./io_fmt_sscan.go:55:13:     from n (spill) at ./io_fmt_sscan.go:55:13
./io_fmt_sscan.go:55:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:55:13
./io_fmt_sscan.go:55:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:55:13:     from ... argument (spill) at ./io_fmt_sscan.go:55:13
./io_fmt_sscan.go:55:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:55:13
./io_fmt_sscan.go:54:21: a escapes to heap:
./io_fmt_sscan.go:54:21:   flow: {storage for ... argument} = &{storage for a}:
./io_fmt_sscan.go:54:21:     from a (spill) at ./io_fmt_sscan.go:54:21
./io_fmt_sscan.go:54:21:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:54:20
./io_fmt_sscan.go:54:21:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:54:21:     from ... argument (spill) at ./io_fmt_sscan.go:54:20
./io_fmt_sscan.go:54:21:     from fmt.Sscan("5", ... argument...) (call parameter) at ./io_fmt_sscan.go:54:20
./io_fmt_sscan.go:53:13: b escapes to heap:
./io_fmt_sscan.go:53:13:   flow: {storage for ... argument} = &{storage for b}:
./io_fmt_sscan.go:53:13:     from b (spill) at ./io_fmt_sscan.go:53:13
./io_fmt_sscan.go:53:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:53:13
./io_fmt_sscan.go:53:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:53:13:     from ... argument (spill) at ./io_fmt_sscan.go:53:13
./io_fmt_sscan.go:53:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:53:13
./io_fmt_sscan.go:53:13: a escapes to heap:
./io_fmt_sscan.go:53:13:   flow: {storage for ... argument} = &{storage for a}:
./io_fmt_sscan.go:53:13:     from a (spill) at ./io_fmt_sscan.go:53:13
./io_fmt_sscan.go:53:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:53:13
./io_fmt_sscan.go:53:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:53:13:     from ... argument (spill) at ./io_fmt_sscan.go:53:13
./io_fmt_sscan.go:53:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:53:13
./io_fmt_sscan.go:53:13: n escapes to heap:
./io_fmt_sscan.go:53:13:   flow: {storage for ... argument} = &{storage for n}:
./io_fmt_sscan.go:53:13:     from n (spill) at ./io_fmt_sscan.go:53:13
./io_fmt_sscan.go:53:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:53:13
./io_fmt_sscan.go:53:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:53:13:     from ... argument (spill) at ./io_fmt_sscan.go:53:13
./io_fmt_sscan.go:53:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:53:13
./io_fmt_sscan.go:10:9: b escapes to heap:
./io_fmt_sscan.go:10:9:   flow: {storage for ... argument} = &b:
./io_fmt_sscan.go:10:9:     from &b (address-of) at ./io_fmt_sscan.go:52:44
./io_fmt_sscan.go:10:9:     from &b (interface-converted) at ./io_fmt_sscan.go:52:44
./io_fmt_sscan.go:10:9:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:52:21
./io_fmt_sscan.go:10:9:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:10:9:     from ... argument (spill) at ./io_fmt_sscan.go:52:21
./io_fmt_sscan.go:10:9:     from fmt.Sscanf("12345", "%3d%d", ... argument...) (call parameter) at ./io_fmt_sscan.go:52:21
./io_fmt_sscan.go:10:6: a escapes to heap:
./io_fmt_sscan.go:10:6:   flow: {storage for ... argument} = &a:
./io_fmt_sscan.go:10:6:     from &a (address-of) at ./io_fmt_sscan.go:52:40
./io_fmt_sscan.go:10:6:     from &a (interface-converted) at ./io_fmt_sscan.go:52:40
./io_fmt_sscan.go:10:6:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:52:21
./io_fmt_sscan.go:10:6:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:10:6:     from ... argument (spill) at ./io_fmt_sscan.go:52:21
./io_fmt_sscan.go:10:6:     from fmt.Sscanf("12345", "%3d%d", ... argument...) (call parameter) at ./io_fmt_sscan.go:52:21
./io_fmt_sscan.go:51:13: a escapes to heap:
./io_fmt_sscan.go:51:13:   flow: {storage for ... argument} = &{storage for a}:
./io_fmt_sscan.go:51:13:     from a (spill) at ./io_fmt_sscan.go:51:13
./io_fmt_sscan.go:51:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:51:13
./io_fmt_sscan.go:51:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:51:13:     from ... argument (spill) at ./io_fmt_sscan.go:51:13
./io_fmt_sscan.go:51:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:51:13
./io_fmt_sscan.go:51:13: f escapes to heap:
./io_fmt_sscan.go:51:13:   flow: {storage for ... argument} = &{storage for f}:
./io_fmt_sscan.go:51:13:     from f (spill) at ./io_fmt_sscan.go:51:13
./io_fmt_sscan.go:51:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:51:13
./io_fmt_sscan.go:51:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:51:13:     from ... argument (spill) at ./io_fmt_sscan.go:51:13
./io_fmt_sscan.go:51:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:51:13
./io_fmt_sscan.go:51:13: n escapes to heap:
./io_fmt_sscan.go:51:13:   flow: {storage for ... argument} = &{storage for n}:
./io_fmt_sscan.go:51:13:     from n (spill) at ./io_fmt_sscan.go:51:13
./io_fmt_sscan.go:51:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:51:13
./io_fmt_sscan.go:51:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:51:13:     from ... argument (spill) at ./io_fmt_sscan.go:51:13
./io_fmt_sscan.go:51:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:51:13
./io_fmt_sscan.go:12:6: f escapes to heap:
./io_fmt_sscan.go:12:6:   flow: {storage for ... argument} = &f:
./io_fmt_sscan.go:12:6:     from &f (address-of) at ./io_fmt_sscan.go:50:33
./io_fmt_sscan.go:12:6:     from &f (interface-converted) at ./io_fmt_sscan.go:50:33
./io_fmt_sscan.go:12:6:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:50:20
./io_fmt_sscan.go:12:6:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:12:6:     from ... argument (spill) at ./io_fmt_sscan.go:50:20
./io_fmt_sscan.go:12:6:     from fmt.Sscan("1.5e3 -2", ... argument...) (call parameter) at ./io_fmt_sscan.go:50:20
./io_fmt_sscan.go:49:13: n escapes to heap:
./io_fmt_sscan.go:49:13:   flow: {storage for ... argument} = &{storage for n}:
./io_fmt_sscan.go:49:13:     from n (spill) at ./io_fmt_sscan.go:49:13
./io_fmt_sscan.go:49:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:49:13
./io_fmt_sscan.go:49:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:49:13:     from ... argument (spill) at ./io_fmt_sscan.go:49:13
./io_fmt_sscan.go:49:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:49:13
./io_fmt_sscan.go:47:13: n escapes to heap:
./io_fmt_sscan.go:47:13:   flow: {storage for ... argument} = &{storage for n}:
./io_fmt_sscan.go:47:13:     from n (spill) at ./io_fmt_sscan.go:47:13
./io_fmt_sscan.go:47:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:47:13
./io_fmt_sscan.go:47:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:47:13:     from ... argument (spill) at ./io_fmt_sscan.go:47:13
./io_fmt_sscan.go:47:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:47:13
./io_fmt_sscan.go:45:13: n escapes to heap:
./io_fmt_sscan.go:45:13:   flow: {storage for ... argument} = &{storage for n}:
./io_fmt_sscan.go:45:13:     from n (spill) at ./io_fmt_sscan.go:45:13
./io_fmt_sscan.go:45:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:45:13
./io_fmt_sscan.go:45:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:45:13:     from ... argument (spill) at ./io_fmt_sscan.go:45:13
./io_fmt_sscan.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:45:13
./io_fmt_sscan.go:43:13: n escapes to heap:
./io_fmt_sscan.go:43:13:   flow: {storage for ... argument} = &{storage for n}:
./io_fmt_sscan.go:43:13:     from n (spill) at ./io_fmt_sscan.go:43:13
./io_fmt_sscan.go:43:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:43:13
./io_fmt_sscan.go:43:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:43:13:     from ... argument (spill) at ./io_fmt_sscan.go:43:13
./io_fmt_sscan.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:43:13
./io_fmt_sscan.go:41:13: n escapes to heap:
./io_fmt_sscan.go:41:13:   flow: {storage for ... argument} = &{storage for n}:
./io_fmt_sscan.go:41:13:     from n (spill) at ./io_fmt_sscan.go:41:13
./io_fmt_sscan.go:41:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:41:13
./io_fmt_sscan.go:41:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:41:13:     from ... argument (spill) at ./io_fmt_sscan.go:41:13
./io_fmt_sscan.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:41:13
./io_fmt_sscan.go:39:13: q escapes to heap:
./io_fmt_sscan.go:39:13:   flow: {storage for ... argument} = &{storage for q}:
./io_fmt_sscan.go:39:13:     from q (spill) at ./io_fmt_sscan.go:39:13
./io_fmt_sscan.go:39:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:39:12
./io_fmt_sscan.go:39:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:39:13:     from ... argument (spill) at ./io_fmt_sscan.go:39:12
./io_fmt_sscan.go:39:13:     from fmt.Printf("%d %v %q\n", ... argument...) (call parameter) at ./io_fmt_sscan.go:39:12
./io_fmt_sscan.go:39:13: n escapes to heap:
./io_fmt_sscan.go:39:13:   flow: {storage for ... argument} = &{storage for n}:
./io_fmt_sscan.go:39:13:     from n (spill) at ./io_fmt_sscan.go:39:13
./io_fmt_sscan.go:39:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:39:12
./io_fmt_sscan.go:39:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:39:13:     from ... argument (spill) at ./io_fmt_sscan.go:39:12
./io_fmt_sscan.go:39:13:     from fmt.Printf("%d %v %q\n", ... argument...) (call parameter) at ./io_fmt_sscan.go:39:12
./io_fmt_sscan.go:37:6: q escapes to heap:
./io_fmt_sscan.go:37:6:   flow: {storage for ... argument} = &q:
./io_fmt_sscan.go:37:6:     from &q (address-of) at ./io_fmt_sscan.go:38:40
./io_fmt_sscan.go:37:6:     from &q (interface-converted) at ./io_fmt_sscan.go:38:40
./io_fmt_sscan.go:37:6:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:38:21
./io_fmt_sscan.go:37:6:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:37:6:     from ... argument (spill) at ./io_fmt_sscan.go:38:21
./io_fmt_sscan.go:37:6:     from fmt.Sscanf(`"a b\tc"`, "%q", ... argument...) (call parameter) at ./io_fmt_sscan.go:38:21
./io_fmt_sscan.go:36:13: r escapes to heap:
./io_fmt_sscan.go:36:13:   flow: {storage for ... argument} = &{storage for r}:
./io_fmt_sscan.go:36:13:     from r (spill) at ./io_fmt_sscan.go:36:13
./io_fmt_sscan.go:36:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:36:13
./io_fmt_sscan.go:36:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:36:13:     from ... argument (spill) at ./io_fmt_sscan.go:36:13
./io_fmt_sscan.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:36:13
./io_fmt_sscan.go:36:13: u escapes to heap:
./io_fmt_sscan.go:36:13:   flow: {storage for ... argument} = &{storage for u}:
./io_fmt_sscan.go:36:13:     from u (spill) at ./io_fmt_sscan.go:36:13
./io_fmt_sscan.go:36:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:36:13
./io_fmt_sscan.go:36:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:36:13:     from ... argument (spill) at ./io_fmt_sscan.go:36:13
./io_fmt_sscan.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:36:13
./io_fmt_sscan.go:36:13: bb escapes to heap:
./io_fmt_sscan.go:36:13:   flow: {storage for ... argument} = &{storage for bb}:
./io_fmt_sscan.go:36:13:     from bb (spill) at ./io_fmt_sscan.go:36:13
./io_fmt_sscan.go:36:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:36:13
./io_fmt_sscan.go:36:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:36:13:     from ... argument (spill) at ./io_fmt_sscan.go:36:13
./io_fmt_sscan.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:36:13
./io_fmt_sscan.go:36:13: n escapes to heap:
./io_fmt_sscan.go:36:13:   flow: {storage for ... argument} = &{storage for n}:
./io_fmt_sscan.go:36:13:     from n (spill) at ./io_fmt_sscan.go:36:13
./io_fmt_sscan.go:36:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:36:13
./io_fmt_sscan.go:36:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:36:13:     from ... argument (spill) at ./io_fmt_sscan.go:36:13
./io_fmt_sscan.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:36:13
./io_fmt_sscan.go:34:6: r escapes to heap:
./io_fmt_sscan.go:34:6:   flow: {storage for ... argument} = &r:
./io_fmt_sscan.go:34:6:     from &r (address-of) at ./io_fmt_sscan.go:35:58
./io_fmt_sscan.go:34:6:     from &r (interface-converted) at ./io_fmt_sscan.go:35:58
./io_fmt_sscan.go:34:6:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:35:21
./io_fmt_sscan.go:34:6:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:34:6:     from ... argument (spill) at ./io_fmt_sscan.go:35:21
./io_fmt_sscan.go:34:6:     from fmt.Sscanf("true 0x1f Z", "%t %v %c", ... argument...) (call parameter) at ./io_fmt_sscan.go:35:21
./io_fmt_sscan.go:33:6: u escapes to heap:
./io_fmt_sscan.go:33:6:   flow: {storage for ... argument} = &u:
./io_fmt_sscan.go:33:6:     from &u (address-of) at ./io_fmt_sscan.go:35:54
./io_fmt_sscan.go:33:6:     from &u (interface-converted) at ./io_fmt_sscan.go:35:54
./io_fmt_sscan.go:33:6:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:35:21
./io_fmt_sscan.go:33:6:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:33:6:     from ... argument (spill) at ./io_fmt_sscan.go:35:21
./io_fmt_sscan.go:33:6:     from fmt.Sscanf("true 0x1f Z", "%t %v %c", ... argument...) (call parameter) at ./io_fmt_sscan.go:35:21
./io_fmt_sscan.go:32:6: bb escapes to heap:
./io_fmt_sscan.go:32:6:   flow: {storage for ... argument} = &bb:
./io_fmt_sscan.go:32:6:     from &bb (address-of) at ./io_fmt_sscan.go:35:49
./io_fmt_sscan.go:32:6:     from &bb (interface-converted) at ./io_fmt_sscan.go:35:49
./io_fmt_sscan.go:32:6:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:35:21
./io_fmt_sscan.go:32:6:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:32:6:     from ... argument (spill) at ./io_fmt_sscan.go:35:21
./io_fmt_sscan.go:32:6:     from fmt.Sscanf("true 0x1f Z", "%t %v %c", ... argument...) (call parameter) at ./io_fmt_sscan.go:35:21
./io_fmt_sscan.go:31:13: n escapes to heap:
./io_fmt_sscan.go:31:13:   flow: {storage for ... argument} = &{storage for n}:
./io_fmt_sscan.go:31:13:     from n (spill) at ./io_fmt_sscan.go:31:13
./io_fmt_sscan.go:31:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:31:13
./io_fmt_sscan.go:31:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:31:13:     from ... argument (spill) at ./io_fmt_sscan.go:31:13
./io_fmt_sscan.go:31:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:31:13
./io_fmt_sscan.go:29:13: i8 escapes to heap:
./io_fmt_sscan.go:29:13:   flow: {storage for ... argument} = &{storage for i8}:
./io_fmt_sscan.go:29:13:     from i8 (spill) at ./io_fmt_sscan.go:29:13
./io_fmt_sscan.go:29:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:29:13
./io_fmt_sscan.go:29:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:29:13:     from ... argument (spill) at ./io_fmt_sscan.go:29:13
./io_fmt_sscan.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:29:13
./io_fmt_sscan.go:29:13: n escapes to heap:
./io_fmt_sscan.go:29:13:   flow: {storage for ... argument} = &{storage for n}:
./io_fmt_sscan.go:29:13:     from n (spill) at ./io_fmt_sscan.go:29:13
./io_fmt_sscan.go:29:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:29:13
./io_fmt_sscan.go:29:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:29:13:     from ... argument (spill) at ./io_fmt_sscan.go:29:13
./io_fmt_sscan.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:29:13
./io_fmt_sscan.go:27:6: i8 escapes to heap:
./io_fmt_sscan.go:27:6:   flow: {storage for ... argument} = &i8:
./io_fmt_sscan.go:27:6:     from &i8 (address-of) at ./io_fmt_sscan.go:28:28
./io_fmt_sscan.go:27:6:     from &i8 (interface-converted) at ./io_fmt_sscan.go:28:28
./io_fmt_sscan.go:27:6:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:28:20
./io_fmt_sscan.go:27:6:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:27:6:     from ... argument (spill) at ./io_fmt_sscan.go:28:20
./io_fmt_sscan.go:27:6:     from fmt.Sscan("300", ... argument...) (call parameter) at ./io_fmt_sscan.go:28:20
./io_fmt_sscan.go:26:13: b escapes to heap:
./io_fmt_sscan.go:26:13:   flow: {storage for ... argument} = &{storage for b}:
./io_fmt_sscan.go:26:13:     from b (spill) at ./io_fmt_sscan.go:26:13
./io_fmt_sscan.go:26:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:26:13
./io_fmt_sscan.go:26:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:26:13:     from ... argument (spill) at ./io_fmt_sscan.go:26:13
./io_fmt_sscan.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:26:13
./io_fmt_sscan.go:26:13: a escapes to heap:
./io_fmt_sscan.go:26:13:   flow: {storage for ... argument} = &{storage for a}:
./io_fmt_sscan.go:26:13:     from a (spill) at ./io_fmt_sscan.go:26:13
./io_fmt_sscan.go:26:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:26:13
./io_fmt_sscan.go:26:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:26:13:     from ... argument (spill) at ./io_fmt_sscan.go:26:13
./io_fmt_sscan.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:26:13
./io_fmt_sscan.go:26:13: n escapes to heap:
./io_fmt_sscan.go:26:13:   flow: {storage for ... argument} = &{storage for n}:
./io_fmt_sscan.go:26:13:     from n (spill) at ./io_fmt_sscan.go:26:13
./io_fmt_sscan.go:26:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:26:13
./io_fmt_sscan.go:26:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:26:13:     from ... argument (spill) at ./io_fmt_sscan.go:26:13
./io_fmt_sscan.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:26:13
./io_fmt_sscan.go:24:13: b escapes to heap:
./io_fmt_sscan.go:24:13:   flow: {storage for ... argument} = &{storage for b}:
./io_fmt_sscan.go:24:13:     from b (spill) at ./io_fmt_sscan.go:24:13
./io_fmt_sscan.go:24:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:24:13
./io_fmt_sscan.go:24:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:24:13:     from ... argument (spill) at ./io_fmt_sscan.go:24:13
./io_fmt_sscan.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:24:13
./io_fmt_sscan.go:24:13: a escapes to heap:
./io_fmt_sscan.go:24:13:   flow: {storage for ... argument} = &{storage for a}:
./io_fmt_sscan.go:24:13:     from a (spill) at ./io_fmt_sscan.go:24:13
./io_fmt_sscan.go:24:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:24:13
./io_fmt_sscan.go:24:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:24:13:     from ... argument (spill) at ./io_fmt_sscan.go:24:13
./io_fmt_sscan.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:24:13
./io_fmt_sscan.go:24:13: n escapes to heap:
./io_fmt_sscan.go:24:13:   flow: {storage for ... argument} = &{storage for n}:
./io_fmt_sscan.go:24:13:     from n (spill) at ./io_fmt_sscan.go:24:13
./io_fmt_sscan.go:24:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:24:13
./io_fmt_sscan.go:24:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:24:13:     from ... argument (spill) at ./io_fmt_sscan.go:24:13
./io_fmt_sscan.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:24:13
./io_fmt_sscan.go:22:13: b escapes to heap:
./io_fmt_sscan.go:22:13:   flow: {storage for ... argument} = &{storage for b}:
./io_fmt_sscan.go:22:13:     from b (spill) at ./io_fmt_sscan.go:22:13
./io_fmt_sscan.go:22:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:22:13
./io_fmt_sscan.go:22:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:22:13:     from ... argument (spill) at ./io_fmt_sscan.go:22:13
./io_fmt_sscan.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:22:13
./io_fmt_sscan.go:22:13: a escapes to heap:
./io_fmt_sscan.go:22:13:   flow: {storage for ... argument} = &{storage for a}:
./io_fmt_sscan.go:22:13:     from a (spill) at ./io_fmt_sscan.go:22:13
./io_fmt_sscan.go:22:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:22:13
./io_fmt_sscan.go:22:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:22:13:     from ... argument (spill) at ./io_fmt_sscan.go:22:13
./io_fmt_sscan.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:22:13
./io_fmt_sscan.go:22:13: n escapes to heap:
./io_fmt_sscan.go:22:13:   flow: {storage for ... argument} = &{storage for n}:
./io_fmt_sscan.go:22:13:     from n (spill) at ./io_fmt_sscan.go:22:13
./io_fmt_sscan.go:22:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:22:13
./io_fmt_sscan.go:22:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:22:13:     from ... argument (spill) at ./io_fmt_sscan.go:22:13
./io_fmt_sscan.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:22:13
./io_fmt_sscan.go:20:13: s escapes to heap:
./io_fmt_sscan.go:20:13:   flow: {storage for ... argument} = &{storage for s}:
./io_fmt_sscan.go:20:13:     from s (spill) at ./io_fmt_sscan.go:20:13
./io_fmt_sscan.go:20:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:20:13
./io_fmt_sscan.go:20:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:20:13:     from ... argument (spill) at ./io_fmt_sscan.go:20:13
./io_fmt_sscan.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:20:13
./io_fmt_sscan.go:20:13: a escapes to heap:
./io_fmt_sscan.go:20:13:   flow: {storage for ... argument} = &{storage for a}:
./io_fmt_sscan.go:20:13:     from a (spill) at ./io_fmt_sscan.go:20:13
./io_fmt_sscan.go:20:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:20:13
./io_fmt_sscan.go:20:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:20:13:     from ... argument (spill) at ./io_fmt_sscan.go:20:13
./io_fmt_sscan.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:20:13
./io_fmt_sscan.go:20:13: n escapes to heap:
./io_fmt_sscan.go:20:13:   flow: {storage for ... argument} = &{storage for n}:
./io_fmt_sscan.go:20:13:     from n (spill) at ./io_fmt_sscan.go:20:13
./io_fmt_sscan.go:20:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:20:13
./io_fmt_sscan.go:20:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:20:13:     from ... argument (spill) at ./io_fmt_sscan.go:20:13
./io_fmt_sscan.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:20:13
./io_fmt_sscan.go:11:6: s escapes to heap:
./io_fmt_sscan.go:11:6:   flow: {storage for ... argument} = &s:
./io_fmt_sscan.go:11:6:     from &s (address-of) at ./io_fmt_sscan.go:19:51
./io_fmt_sscan.go:11:6:     from &s (interface-converted) at ./io_fmt_sscan.go:19:51
./io_fmt_sscan.go:11:6:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:19:21
./io_fmt_sscan.go:11:6:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:11:6:     from ... argument (spill) at ./io_fmt_sscan.go:19:21
./io_fmt_sscan.go:11:6:     from fmt.Sscanf("x=5 y=hi", "x=%d y=%s", ... argument...) (call parameter) at ./io_fmt_sscan.go:19:21
./io_fmt_sscan.go:18:13: a escapes to heap:
./io_fmt_sscan.go:18:13:   flow: {storage for ... argument} = &{storage for a}:
./io_fmt_sscan.go:18:13:     from a (spill) at ./io_fmt_sscan.go:18:13
./io_fmt_sscan.go:18:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:18:13
./io_fmt_sscan.go:18:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:18:13:     from ... argument (spill) at ./io_fmt_sscan.go:18:13
./io_fmt_sscan.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:18:13
./io_fmt_sscan.go:18:13: n escapes to heap:
./io_fmt_sscan.go:18:13:   flow: {storage for ... argument} = &{storage for n}:
./io_fmt_sscan.go:18:13:     from n (spill) at ./io_fmt_sscan.go:18:13
./io_fmt_sscan.go:18:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:18:13
./io_fmt_sscan.go:18:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:18:13:     from ... argument (spill) at ./io_fmt_sscan.go:18:13
./io_fmt_sscan.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:18:13
./io_fmt_sscan.go:16:13: b escapes to heap:
./io_fmt_sscan.go:16:13:   flow: {storage for ... argument} = &{storage for b}:
./io_fmt_sscan.go:16:13:     from b (spill) at ./io_fmt_sscan.go:16:13
./io_fmt_sscan.go:16:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:16:13
./io_fmt_sscan.go:16:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:16:13:     from ... argument (spill) at ./io_fmt_sscan.go:16:13
./io_fmt_sscan.go:16:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:16:13
./io_fmt_sscan.go:16:13: a escapes to heap:
./io_fmt_sscan.go:16:13:   flow: {storage for ... argument} = &{storage for a}:
./io_fmt_sscan.go:16:13:     from a (spill) at ./io_fmt_sscan.go:16:13
./io_fmt_sscan.go:16:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:16:13
./io_fmt_sscan.go:16:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:16:13:     from ... argument (spill) at ./io_fmt_sscan.go:16:13
./io_fmt_sscan.go:16:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:16:13
./io_fmt_sscan.go:16:13: n escapes to heap:
./io_fmt_sscan.go:16:13:   flow: {storage for ... argument} = &{storage for n}:
./io_fmt_sscan.go:16:13:     from n (spill) at ./io_fmt_sscan.go:16:13
./io_fmt_sscan.go:16:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:16:13
./io_fmt_sscan.go:16:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:16:13:     from ... argument (spill) at ./io_fmt_sscan.go:16:13
./io_fmt_sscan.go:16:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:16:13
./io_fmt_sscan.go:14:13: f escapes to heap:
./io_fmt_sscan.go:14:13:   flow: {storage for ... argument} = &{storage for f}:
./io_fmt_sscan.go:14:13:     from f (spill) at ./io_fmt_sscan.go:14:13
./io_fmt_sscan.go:14:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:14:13
./io_fmt_sscan.go:14:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:14:13:     from ... argument (spill) at ./io_fmt_sscan.go:14:13
./io_fmt_sscan.go:14:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:14:13
./io_fmt_sscan.go:14:13: s escapes to heap:
./io_fmt_sscan.go:14:13:   flow: {storage for ... argument} = &{storage for s}:
./io_fmt_sscan.go:14:13:     from s (spill) at ./io_fmt_sscan.go:14:13
./io_fmt_sscan.go:14:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:14:13
./io_fmt_sscan.go:14:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:14:13:     from ... argument (spill) at ./io_fmt_sscan.go:14:13
./io_fmt_sscan.go:14:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:14:13
./io_fmt_sscan.go:14:13: b escapes to heap:
./io_fmt_sscan.go:14:13:   flow: {storage for ... argument} = &{storage for b}:
./io_fmt_sscan.go:14:13:     from b (spill) at ./io_fmt_sscan.go:14:13
./io_fmt_sscan.go:14:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:14:13
./io_fmt_sscan.go:14:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:14:13:     from ... argument (spill) at ./io_fmt_sscan.go:14:13
./io_fmt_sscan.go:14:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:14:13
./io_fmt_sscan.go:14:13: a escapes to heap:
./io_fmt_sscan.go:14:13:   flow: {storage for ... argument} = &{storage for a}:
./io_fmt_sscan.go:14:13:     from a (spill) at ./io_fmt_sscan.go:14:13
./io_fmt_sscan.go:14:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:14:13
./io_fmt_sscan.go:14:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:14:13:     from ... argument (spill) at ./io_fmt_sscan.go:14:13
./io_fmt_sscan.go:14:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:14:13
./io_fmt_sscan.go:14:13: n escapes to heap:
./io_fmt_sscan.go:14:13:   flow: {storage for ... argument} = &{storage for n}:
./io_fmt_sscan.go:14:13:     from n (spill) at ./io_fmt_sscan.go:14:13
./io_fmt_sscan.go:14:13:     from ... argument (slice-literal-element) at ./io_fmt_sscan.go:14:13
./io_fmt_sscan.go:14:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_sscan.go:14:13:     from ... argument (spill) at ./io_fmt_sscan.go:14:13
./io_fmt_sscan.go:14:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_sscan.go:14:13
./io_fmt_sscan.go:10:6: moved to heap: a
./io_fmt_sscan.go:10:9: moved to heap: b
./io_fmt_sscan.go:11:6: moved to heap: s
./io_fmt_sscan.go:12:6: moved to heap: f
./io_fmt_sscan.go:27:6: moved to heap: i8
./io_fmt_sscan.go:32:6: moved to heap: bb
./io_fmt_sscan.go:33:6: moved to heap: u
./io_fmt_sscan.go:34:6: moved to heap: r
./io_fmt_sscan.go:37:6: moved to heap: q
./io_fmt_sscan.go:57:6: moved to heap: k
./io_fmt_sscan.go:61:7: moved to heap: x
./io_fmt_sscan.go:13:21: ... argument does not escape
./io_fmt_sscan.go:14:13: ... argument does not escape
./io_fmt_sscan.go:14:13: n escapes to heap
./io_fmt_sscan.go:14:13: a escapes to heap
./io_fmt_sscan.go:14:13: b escapes to heap
./io_fmt_sscan.go:14:13: s escapes to heap
./io_fmt_sscan.go:14:13: f escapes to heap
./io_fmt_sscan.go:15:20: ... argument does not escape
./io_fmt_sscan.go:16:13: ... argument does not escape
./io_fmt_sscan.go:16:13: n escapes to heap
./io_fmt_sscan.go:16:13: a escapes to heap
./io_fmt_sscan.go:16:13: b escapes to heap
./io_fmt_sscan.go:17:20: ... argument does not escape
./io_fmt_sscan.go:18:13: ... argument does not escape
./io_fmt_sscan.go:18:13: n escapes to heap
./io_fmt_sscan.go:18:13: a escapes to heap
./io_fmt_sscan.go:19:21: ... argument does not escape
./io_fmt_sscan.go:20:13: ... argument does not escape
./io_fmt_sscan.go:20:13: n escapes to heap
./io_fmt_sscan.go:20:13: a escapes to heap
./io_fmt_sscan.go:20:13: s escapes to heap
./io_fmt_sscan.go:21:21: ... argument does not escape
./io_fmt_sscan.go:22:13: ... argument does not escape
./io_fmt_sscan.go:22:13: n escapes to heap
./io_fmt_sscan.go:22:13: a escapes to heap
./io_fmt_sscan.go:22:13: b escapes to heap
./io_fmt_sscan.go:23:22: ... argument does not escape
./io_fmt_sscan.go:24:13: ... argument does not escape
./io_fmt_sscan.go:24:13: n escapes to heap
./io_fmt_sscan.go:24:13: a escapes to heap
./io_fmt_sscan.go:24:13: b escapes to heap
./io_fmt_sscan.go:25:22: ... argument does not escape
./io_fmt_sscan.go:26:13: ... argument does not escape
./io_fmt_sscan.go:26:13: n escapes to heap
./io_fmt_sscan.go:26:13: a escapes to heap
./io_fmt_sscan.go:26:13: b escapes to heap
./io_fmt_sscan.go:28:20: ... argument does not escape
./io_fmt_sscan.go:29:13: ... argument does not escape
./io_fmt_sscan.go:29:13: n escapes to heap
./io_fmt_sscan.go:29:13: i8 escapes to heap
./io_fmt_sscan.go:30:20: ... argument does not escape
./io_fmt_sscan.go:31:13: ... argument does not escape
./io_fmt_sscan.go:31:13: n escapes to heap
./io_fmt_sscan.go:35:21: ... argument does not escape
./io_fmt_sscan.go:36:13: ... argument does not escape
./io_fmt_sscan.go:36:13: n escapes to heap
./io_fmt_sscan.go:36:13: bb escapes to heap
./io_fmt_sscan.go:36:13: u escapes to heap
./io_fmt_sscan.go:36:13: r escapes to heap
./io_fmt_sscan.go:38:21: ... argument does not escape
./io_fmt_sscan.go:39:12: ... argument does not escape
./io_fmt_sscan.go:39:13: n escapes to heap
./io_fmt_sscan.go:39:13: q escapes to heap
./io_fmt_sscan.go:40:20: ... argument does not escape
./io_fmt_sscan.go:41:13: ... argument does not escape
./io_fmt_sscan.go:41:13: n escapes to heap
./io_fmt_sscan.go:42:21: ... argument does not escape
./io_fmt_sscan.go:43:13: ... argument does not escape
./io_fmt_sscan.go:43:13: n escapes to heap
./io_fmt_sscan.go:44:21: ... argument does not escape
./io_fmt_sscan.go:45:13: ... argument does not escape
./io_fmt_sscan.go:45:13: n escapes to heap
./io_fmt_sscan.go:46:21: ... argument does not escape
./io_fmt_sscan.go:47:13: ... argument does not escape
./io_fmt_sscan.go:47:13: n escapes to heap
./io_fmt_sscan.go:48:21: ... argument does not escape
./io_fmt_sscan.go:49:13: ... argument does not escape
./io_fmt_sscan.go:49:13: n escapes to heap
./io_fmt_sscan.go:50:20: ... argument does not escape
./io_fmt_sscan.go:51:13: ... argument does not escape
./io_fmt_sscan.go:51:13: n escapes to heap
./io_fmt_sscan.go:51:13: f escapes to heap
./io_fmt_sscan.go:51:13: a escapes to heap
./io_fmt_sscan.go:52:21: ... argument does not escape
./io_fmt_sscan.go:53:13: ... argument does not escape
./io_fmt_sscan.go:53:13: n escapes to heap
./io_fmt_sscan.go:53:13: a escapes to heap
./io_fmt_sscan.go:53:13: b escapes to heap
./io_fmt_sscan.go:54:20: ... argument does not escape
./io_fmt_sscan.go:54:21: a escapes to heap
./io_fmt_sscan.go:55:13: ... argument does not escape
./io_fmt_sscan.go:55:13: n escapes to heap
./io_fmt_sscan.go:58:11: ... argument does not escape
./io_fmt_sscan.go:62:12: ... argument does not escape
./io_fmt_sscan.go:67:12: ... argument does not escape
./io_fmt_sscan.go:67:13: sum escapes to heap
./io_fmt_sscan.go:67:13: line escapes to heap
./io_fmt_sscan.go:67:13: line2 escapes to heap
