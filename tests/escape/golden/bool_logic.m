./bool_logic.go:9:8: leaking param: name
./bool_logic.go:11:11: ... argument does not escape
./bool_logic.go:11:11: name escapes to heap
./bool_logic.go:11:18: " " escapes to heap
./bool_logic.go:15:8: leaking param: name
./bool_logic.go:17:11: ... argument does not escape
./bool_logic.go:17:11: name escapes to heap
./bool_logic.go:17:18: " " escapes to heap
./bool_logic.go:22:13: ... argument does not escape
./bool_logic.go:22:21: f("a") && t("b") escapes to heap
./bool_logic.go:23:13: ... argument does not escape
./bool_logic.go:23:21: t("a") || f("b") escapes to heap
./bool_logic.go:24:13: ... argument does not escape
./bool_logic.go:24:31: t("a") && f("b") || t("c") escapes to heap
./bool_logic.go:25:13: ... argument does not escape
./bool_logic.go:25:21: f("a") || f("b") && t("c") escapes to heap
./bool_logic.go:26:13: ... argument does not escape
./bool_logic.go:26:22: !t("a") || !f("b") escapes to heap
./bool_logic.go:27:13: ... argument does not escape
./bool_logic.go:27:14: "calls:" escapes to heap
./bool_logic.go:27:14: calls escapes to heap
./bool_logic.go:31:13: ... argument does not escape
./bool_logic.go:31:13: zero escapes to heap
./bool_logic.go:31:13: yes escapes to heap
./bool_logic.go:31:30: zero == yes escapes to heap
./bool_logic.go:31:43: zero != yes escapes to heap
./bool_logic.go:31:51: ! (!yes) escapes to heap
./bool_logic.go:34:13: ... argument does not escape
./bool_logic.go:34:13: x escapes to heap
./bool_logic.go:34:13: y escapes to heap
./bool_logic.go:34:22: x && !y escapes to heap
./bool_logic.go:36:13: ... argument does not escape
./bool_logic.go:36:16: 1 < 2 escapes to heap
./bool_logic.go:36:23: 2 <= 2 escapes to heap
./bool_logic.go:36:31: 3 > 4 escapes to heap
./bool_logic.go:36:38: 4 >= 4 escapes to heap
./bool_logic.go:36:46: 5 == 5 escapes to heap
./bool_logic.go:36:54: 5 != 5 escapes to heap
./bool_logic.go:37:13: ... argument does not escape
./bool_logic.go:37:25: uint8(255) > uint8(0) escapes to heap
./bool_logic.go:37:46: int8(-1) < int8(0) escapes to heap
./bool_logic.go:37:65: uint(0) < ^uint(0) escapes to heap
./bool_logic.go:38:13: ... argument does not escape
./bool_logic.go:38:18: 1.5 < 1.25 escapes to heap
./bool_logic.go:38:39: float32(0.1) == float32(0.1) escapes to heap
./bool_logic.go:38:61: -0.0 == 0.0 escapes to heap
./bool_logic.go:39:13: ... argument does not escape
./bool_logic.go:39:20: "abc" < "abd" escapes to heap
./bool_logic.go:39:34: "ab" < "abc" escapes to heap
./bool_logic.go:39:46: "" < "a" escapes to heap
./bool_logic.go:39:57: "B" < "a" escapes to heap
./bool_logic.go:39:69: "é" > "z" escapes to heap
./bool_logic.go:43:14: ... argument does not escape
./bool_logic.go:43:15: "more than five calls" escapes to heap
./bool_logic.go:47:12: ... argument does not escape
./bool_logic.go:47:13: b escapes to heap
./bool_logic.go:47:37: !b escapes to heap
./bool_logic.go:47:37: b escapes to heap
./bool_logic.go:47:44: !b escapes to heap
