./prog_bank_account.go:15:7: leaking param content: a
./prog_bank_account.go:17:43: ... argument does not escape
./prog_bank_account.go:17:44: n escapes to heap
./prog_bank_account.go:20:7: leaking param content: a
./prog_bank_account.go:22:44: ... argument does not escape
./prog_bank_account.go:22:45: n escapes to heap
./prog_bank_account.go:26:43: ... argument does not escape
./prog_bank_account.go:26:44: n escapes to heap
./prog_bank_account.go:30:7: leaking param: a
./prog_bank_account.go:31:20: ... argument does not escape
./prog_bank_account.go:31:41: a.ID escapes to heap
./prog_bank_account.go:31:47: a.Owner escapes to heap
./prog_bank_account.go:31:56: a.Balance escapes to heap
./prog_bank_account.go:31:67: a.History escapes to heap
./prog_bank_account.go:41:9: &Bank{...} escapes to heap
./prog_bank_account.go:41:41: map[int]*Account{} escapes to heap
./prog_bank_account.go:44:7: b does not escape
./prog_bank_account.go:44:21: leaking param: owner
./prog_bank_account.go:45:7: &Account{...} escapes to heap
./prog_bank_account.go:54:7: leaking param content: b
./prog_bank_account.go:58:36: ... argument does not escape
./prog_bank_account.go:58:37: from escapes to heap
./prog_bank_account.go:58:37: to escapes to heap
./prog_bank_account.go:62:36: ... argument does not escape
./prog_bank_account.go:62:37: from escapes to heap
./prog_bank_account.go:62:37: to escapes to heap
./prog_bank_account.go:66:35: ... argument does not escape
./prog_bank_account.go:66:36: from escapes to heap
./prog_bank_account.go:66:36: to escapes to heap
./prog_bank_account.go:66:36: n escapes to heap
./prog_bank_account.go:70:7: b does not escape
./prog_bank_account.go:83:13: ... argument does not escape
./prog_bank_account.go:83:24: (*Bank).Total(bank) escapes to heap
./prog_bank_account.go:85:13: ... argument does not escape
./prog_bank_account.go:85:27: (*Bank).Transfer(bank, 1, 2, 30) escapes to heap
./prog_bank_account.go:86:13: ... argument does not escape
./prog_bank_account.go:86:27: (*Bank).Transfer(bank, 2, 3, 100) escapes to heap
./prog_bank_account.go:87:13: ... argument does not escape
./prog_bank_account.go:87:27: (*Bank).Transfer(bank, 2, 3, 80) escapes to heap
./prog_bank_account.go:88:13: ... argument does not escape
./prog_bank_account.go:88:27: (*Bank).Transfer(bank, 3, 9, 1) escapes to heap
./prog_bank_account.go:93:14: ... argument does not escape
./prog_bank_account.go:93:40: Account.Summary(bank.accounts[id]) escapes to heap
./prog_bank_account.go:95:13: ... argument does not escape
./prog_bank_account.go:95:24: (*Bank).Total(bank) escapes to heap
./prog_bank_account.go:95:31: bob.Balance escapes to heap
./prog_bank_account.go:97:14: ... argument does not escape
./prog_bank_account.go:97:14: line escapes to heap
