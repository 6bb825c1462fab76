// A bank simulation: accounts with pointer-receiver methods, a bank holding
// a map of accounts, transfers that fail without changing anything, and a
// transaction log.
package main

import "fmt"

type Account struct {
	ID      int
	Owner   string
	Balance int
	History []string
}

func (a *Account) Deposit(n int) {
	a.Balance += n
	a.History = append(a.History, fmt.Sprintf("+%d", n))
}

func (a *Account) Withdraw(n int) bool {
	if n > a.Balance {
		a.History = append(a.History, fmt.Sprintf("!%d", n))
		return false
	}
	a.Balance -= n
	a.History = append(a.History, fmt.Sprintf("-%d", n))
	return true
}

func (a Account) Summary() string {
	return fmt.Sprintf("#%d %-5s %6d %v", a.ID, a.Owner, a.Balance, a.History)
}

type Bank struct {
	accounts map[int]*Account
	nextID   int
	log      []string
}

func NewBank() *Bank {
	return &Bank{accounts: map[int]*Account{}, nextID: 1}
}

func (b *Bank) Open(owner string, initial int) *Account {
	a := &Account{ID: b.nextID, Owner: owner}
	b.nextID++
	b.accounts[a.ID] = a
	if initial > 0 {
		a.Deposit(initial)
	}
	return a
}

func (b *Bank) Transfer(from, to, n int) bool {
	src, ok1 := b.accounts[from]
	dst, ok2 := b.accounts[to]
	if !ok1 || !ok2 {
		b.log = append(b.log, fmt.Sprintf("transfer %d->%d: no such account", from, to))
		return false
	}
	if !src.Withdraw(n) {
		b.log = append(b.log, fmt.Sprintf("transfer %d->%d: insufficient funds", from, to))
		return false
	}
	dst.Deposit(n)
	b.log = append(b.log, fmt.Sprintf("transfer %d->%d: %d", from, to, n))
	return true
}

func (b *Bank) Total() int {
	t := 0
	for _, a := range b.accounts {
		t += a.Balance
	}
	return t
}

func main() {
	bank := NewBank()
	alice := bank.Open("alice", 100)
	bob := bank.Open("bob", 50)
	carol := bank.Open("carol", 0)
	fmt.Println(bank.Total())

	fmt.Println(bank.Transfer(1, 2, 30))
	fmt.Println(bank.Transfer(2, 3, 100))
	fmt.Println(bank.Transfer(2, 3, 80))
	fmt.Println(bank.Transfer(3, 9, 1))
	carol.Withdraw(5)
	alice.Deposit(7)

	for id := 1; id < bank.nextID; id++ {
		fmt.Println(bank.accounts[id].Summary())
	}
	fmt.Println(bank.Total(), bob.Balance)
	for _, line := range bank.log {
		fmt.Println(line)
	}
}
