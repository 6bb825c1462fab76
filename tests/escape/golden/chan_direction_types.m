./chan_direction_types.go:5:15: leaking param: c
./chan_direction_types.go:7:12: ... argument does not escape
./chan_direction_types.go:7:30: cap(c) escapes to heap
./chan_direction_types.go:10:15: leaking param: c
./chan_direction_types.go:11:12: ... argument does not escape
./chan_direction_types.go:17:12: ... argument does not escape
./chan_direction_types.go:19:13: ... argument does not escape
./chan_direction_types.go:19:22: onlyRecv(c) escapes to heap
./chan_direction_types.go:22:13: ... argument does not escape
./chan_direction_types.go:22:16: s == nil escapes to heap
./chan_direction_types.go:22:26: r == nil escapes to heap
