./if_else.go:37:20: ... argument does not escape
./if_else.go:37:21: "F by " escapes to heap
./if_else.go:37:21: d escapes to heap
./if_else.go:37:33: " (" escapes to heap
./if_else.go:37:33: s escapes to heap
./if_else.go:37:42: ")" escapes to heap
./if_else.go:43:12: ... argument does not escape
./if_else.go:43:21: classify(i) escapes to heap
./if_else.go:43:26: " " escapes to heap
./if_else.go:46:13: ... argument does not escape
./if_else.go:46:18: sign(2.5) escapes to heap
./if_else.go:46:29: sign(-0.1) escapes to heap
./if_else.go:46:41: sign(0) escapes to heap
./if_else.go:47:13: ... argument does not escape
./if_else.go:47:19: grade(95) escapes to heap
./if_else.go:47:30: grade(85) escapes to heap
./if_else.go:47:41: grade(70) escapes to heap
./if_else.go:47:52: grade(42) escapes to heap
./if_else.go:50:14: ... argument does not escape
./if_else.go:50:15: "right triangle" escapes to heap
./if_else.go:50:15: x escapes to heap
./if_else.go:50:15: y escapes to heap
./if_else.go:53:14: ... argument does not escape
./if_else.go:53:15: "bytes" escapes to heap
./if_else.go:53:15: n escapes to heap
./if_else.go:55:14: ... argument does not escape
./if_else.go:55:15: "short" escapes to heap
./if_else.go:55:15: n escapes to heap
./if_else.go:61:15: ... argument does not escape
./if_else.go:61:16: "a and b" escapes to heap
./if_else.go:63:15: ... argument does not escape
./if_else.go:63:16: "a and c, not b" escapes to heap
./if_else.go:68:14: ... argument does not escape
./if_else.go:68:15: "init ran once" escapes to heap
./if_else.go:68:15: count escapes to heap
./if_else.go:71:14: ... argument does not escape
./if_else.go:71:15: "not both" escapes to heap
