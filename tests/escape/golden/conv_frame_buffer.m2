./conv_frame_buffer.go:10:10: b does not escape
./conv_frame_buffer.go:18:19: b does not escape
./conv_frame_buffer.go:27:12: s does not escape
./conv_frame_buffer.go:28:13: ([]rune)(s) does not escape
./conv_frame_buffer.go:46:63: string(([]byte)(short)) == short escapes to heap:
./conv_frame_buffer.go:46:63:   flow: {storage for ... argument} = &{storage for string(([]byte)(short)) == short}:
./conv_frame_buffer.go:46:63:     from string(([]byte)(short)) == short (spill) at ./conv_frame_buffer.go:46:63
./conv_frame_buffer.go:46:63:     from ... argument (slice-literal-element) at ./conv_frame_buffer.go:46:13
./conv_frame_buffer.go:46:63:   flow: {heap} = {storage for ... argument}:
./conv_frame_buffer.go:46:63:     from ... argument (spill) at ./conv_frame_buffer.go:46:13
./conv_frame_buffer.go:46:63:     from fmt.Println(... argument...) (call parameter) at ./conv_frame_buffer.go:46:13
./conv_frame_buffer.go:46:17: len(string(([]rune)(long))) escapes to heap:
./conv_frame_buffer.go:46:17:   flow: {storage for ... argument} = &{storage for len(string(([]rune)(long)))}:
./conv_frame_buffer.go:46:17:     from len(string(([]rune)(long))) (spill) at ./conv_frame_buffer.go:46:17
./conv_frame_buffer.go:46:17:     from ... argument (slice-literal-element) at ./conv_frame_buffer.go:46:13
./conv_frame_buffer.go:46:17:   flow: {heap} = {storage for ... argument}:
./conv_frame_buffer.go:46:17:     from ... argument (spill) at ./conv_frame_buffer.go:46:13
./conv_frame_buffer.go:46:17:     from fmt.Println(... argument...) (call parameter) at ./conv_frame_buffer.go:46:13
./conv_frame_buffer.go:45:43: runes(long) escapes to heap:
./conv_frame_buffer.go:45:43:   flow: {storage for ... argument} = &{storage for runes(long)}:
./conv_frame_buffer.go:45:43:     from runes(long) (spill) at ./conv_frame_buffer.go:45:43
./conv_frame_buffer.go:45:43:     from ... argument (slice-literal-element) at ./conv_frame_buffer.go:45:13
./conv_frame_buffer.go:45:43:   flow: {heap} = {storage for ... argument}:
./conv_frame_buffer.go:45:43:     from ... argument (spill) at ./conv_frame_buffer.go:45:13
./conv_frame_buffer.go:45:43:     from fmt.Println(... argument...) (call parameter) at ./conv_frame_buffer.go:45:13
./conv_frame_buffer.go:45:26: runes("héllo") escapes to heap:
./conv_frame_buffer.go:45:26:   flow: {storage for ... argument} = &{storage for runes("héllo")}:
./conv_frame_buffer.go:45:26:     from runes("héllo") (spill) at ./conv_frame_buffer.go:45:26
./conv_frame_buffer.go:45:26:     from ... argument (slice-literal-element) at ./conv_frame_buffer.go:45:13
./conv_frame_buffer.go:45:26:   flow: {heap} = {storage for ... argument}:
./conv_frame_buffer.go:45:26:     from ... argument (spill) at ./conv_frame_buffer.go:45:13
./conv_frame_buffer.go:45:26:     from fmt.Println(... argument...) (call parameter) at ./conv_frame_buffer.go:45:13
./conv_frame_buffer.go:45:13: total escapes to heap:
./conv_frame_buffer.go:45:13:   flow: {storage for ... argument} = &{storage for total}:
./conv_frame_buffer.go:45:13:     from total (spill) at ./conv_frame_buffer.go:45:13
./conv_frame_buffer.go:45:13:     from ... argument (slice-literal-element) at ./conv_frame_buffer.go:45:13
./conv_frame_buffer.go:45:13:   flow: {heap} = {storage for ... argument}:
./conv_frame_buffer.go:45:13:     from ... argument (spill) at ./conv_frame_buffer.go:45:13
./conv_frame_buffer.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./conv_frame_buffer.go:45:13
./conv_frame_buffer.go:38:25: sum(l) escapes to heap:
./conv_frame_buffer.go:38:25:   flow: {storage for ... argument} = &{storage for sum(l)}:
./conv_frame_buffer.go:38:25:     from sum(l) (spill) at ./conv_frame_buffer.go:38:25
./conv_frame_buffer.go:38:25:     from ... argument (slice-literal-element) at ./conv_frame_buffer.go:38:13
./conv_frame_buffer.go:38:25:   flow: {heap} = {storage for ... argument}:
./conv_frame_buffer.go:38:25:     from ... argument (spill) at ./conv_frame_buffer.go:38:13
./conv_frame_buffer.go:38:25:     from fmt.Println(... argument...) (call parameter) at ./conv_frame_buffer.go:38:13
./conv_frame_buffer.go:38:17: len(l) escapes to heap:
./conv_frame_buffer.go:38:17:   flow: {storage for ... argument} = &{storage for len(l)}:
./conv_frame_buffer.go:38:17:     from len(l) (spill) at ./conv_frame_buffer.go:38:17
./conv_frame_buffer.go:38:17:     from ... argument (slice-literal-element) at ./conv_frame_buffer.go:38:13
./conv_frame_buffer.go:38:17:   flow: {heap} = {storage for ... argument}:
./conv_frame_buffer.go:38:17:     from ... argument (spill) at ./conv_frame_buffer.go:38:13
./conv_frame_buffer.go:38:17:     from fmt.Println(... argument...) (call parameter) at ./conv_frame_buffer.go:38:13
./conv_frame_buffer.go:36:35: depth(3000, ([]byte)(short)) escapes to heap:
./conv_frame_buffer.go:36:35:   flow: {storage for ... argument} = &{storage for depth(3000, ([]byte)(short))}:
./conv_frame_buffer.go:36:35:     from depth(3000, ([]byte)(short)) (spill) at ./conv_frame_buffer.go:36:35
./conv_frame_buffer.go:36:35:     from ... argument (slice-literal-element) at ./conv_frame_buffer.go:36:13
./conv_frame_buffer.go:36:35:   flow: {heap} = {storage for ... argument}:
./conv_frame_buffer.go:36:35:     from ... argument (spill) at ./conv_frame_buffer.go:36:13
./conv_frame_buffer.go:36:35:     from fmt.Println(... argument...) (call parameter) at ./conv_frame_buffer.go:36:13
./conv_frame_buffer.go:36:25: sum(b) escapes to heap:
./conv_frame_buffer.go:36:25:   flow: {storage for ... argument} = &{storage for sum(b)}:
./conv_frame_buffer.go:36:25:     from sum(b) (spill) at ./conv_frame_buffer.go:36:25
./conv_frame_buffer.go:36:25:     from ... argument (slice-literal-element) at ./conv_frame_buffer.go:36:13
./conv_frame_buffer.go:36:25:   flow: {heap} = {storage for ... argument}:
./conv_frame_buffer.go:36:25:     from ... argument (spill) at ./conv_frame_buffer.go:36:13
./conv_frame_buffer.go:36:25:     from fmt.Println(... argument...) (call parameter) at ./conv_frame_buffer.go:36:13
./conv_frame_buffer.go:36:17: len(b) escapes to heap:
./conv_frame_buffer.go:36:17:   flow: {storage for ... argument} = &{storage for len(b)}:
./conv_frame_buffer.go:36:17:     from len(b) (spill) at ./conv_frame_buffer.go:36:17
./conv_frame_buffer.go:36:17:     from ... argument (slice-literal-element) at ./conv_frame_buffer.go:36:13
./conv_frame_buffer.go:36:17:   flow: {heap} = {storage for ... argument}:
./conv_frame_buffer.go:36:17:     from ... argument (spill) at ./conv_frame_buffer.go:36:13
./conv_frame_buffer.go:36:17:     from fmt.Println(... argument...) (call parameter) at ./conv_frame_buffer.go:36:13
./conv_frame_buffer.go:35:13: ([]byte)(short) does not escape
./conv_frame_buffer.go:36:13: ... argument does not escape
./conv_frame_buffer.go:36:17: len(b) escapes to heap
./conv_frame_buffer.go:36:25: sum(b) escapes to heap
./conv_frame_buffer.go:36:35: depth(3000, ([]byte)(short)) escapes to heap
./conv_frame_buffer.go:36:48: ([]byte)(short) does not escape
./conv_frame_buffer.go:37:13: ([]byte)(long) does not escape
./conv_frame_buffer.go:38:13: ... argument does not escape
./conv_frame_buffer.go:38:17: len(l) escapes to heap
./conv_frame_buffer.go:38:25: sum(l) escapes to heap
./conv_frame_buffer.go:41:14: ([]byte)(short) does not escape
./conv_frame_buffer.go:43:31: string(x) does not escape
./conv_frame_buffer.go:45:13: ... argument does not escape
./conv_frame_buffer.go:45:13: total escapes to heap
./conv_frame_buffer.go:45:26: runes("héllo") escapes to heap
./conv_frame_buffer.go:45:43: runes(long) escapes to heap
./conv_frame_buffer.go:46:13: ... argument does not escape
./conv_frame_buffer.go:46:17: len(string(([]rune)(long))) escapes to heap
./conv_frame_buffer.go:46:24: string(([]rune)(long)) does not escape
./conv_frame_buffer.go:46:31: ([]rune)(long) does not escape
./conv_frame_buffer.go:46:63: string(([]byte)(short)) == short escapes to heap
./conv_frame_buffer.go:46:47: string(([]byte)(short)) does not escape
./conv_frame_buffer.go:46:54: ([]byte)(short) does not escape
