./ken_intervar.go:22:7: leaking param content: p
./ken_intervar.go:23:17: " print " + string(p.whoami + '0') does not escape
./ken_intervar.go:23:25: string(p.whoami + '0') does not escape
./ken_intervar.go:24:11: r + p.put.puts("abc") escapes to heap
./ken_intervar.go:34:7: leaking param content: b
./ken_intervar.go:34:20: leaking param: s
./ken_intervar.go:35:15: " bio " + string(b.whoami + '0') does not escape
./ken_intervar.go:35:23: string(b.whoami + '0') does not escape
./ken_intervar.go:36:11: r + b.put.puts(s) escapes to heap
./ken_intervar.go:46:7: f does not escape
./ken_intervar.go:46:21: s does not escape
./ken_intervar.go:47:52: " file " + string(f.whoami + '0') + " -- " + s escapes to heap
./ken_intervar.go:47:26: string(f.whoami + '0') does not escape
./ken_intervar.go:52:10: new(Print) does not escape
./ken_intervar.go:53:10: new(Bio) escapes to heap
./ken_intervar.go:54:10: new(File) escapes to heap
./ken_intervar.go:67:22: r + " != " + expected escapes to heap
./ken_intervar.go:67:20: r + " != " + expected escapes to heap
