./mem_array2d_regs.go:18:13: ... argument does not escape
./mem_array2d_regs.go:18:18: g[4][6] escapes to heap
./mem_array2d_regs.go:18:24: g[2] escapes to heap
./mem_array2d_regs.go:18:32: len(g) escapes to heap
./mem_array2d_regs.go:18:40: len(g[0]) escapes to heap
./mem_array2d_regs.go:23:25: ... argument does not escape
./mem_array2d_regs.go:23:26: "t" escapes to heap
./mem_array2d_regs.go:23:26: i escapes to heap
./mem_array2d_regs.go:25:13: ... argument does not escape
./mem_array2d_regs.go:25:13: cs escapes to heap
./mem_array2d_regs.go:28:13: ... argument does not escape
./mem_array2d_regs.go:28:19: cs[k].A escapes to heap
./mem_array2d_regs.go:28:28: cs[k].B escapes to heap
./mem_array2d_regs.go:28:37: cs[k].Tag escapes to heap
./mem_array2d_regs.go:30:13: ... argument does not escape
./mem_array2d_regs.go:30:18: g[i][j] escapes to heap
