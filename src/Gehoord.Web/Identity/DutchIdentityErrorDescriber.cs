using Microsoft.AspNetCore.Identity;

namespace Gehoord.Web.Identity;

/// <summary>Identity's messages in plain Dutch, for the few that reach a staff member.</summary>
public sealed class DutchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Het wachtwoord moet minstens {length} tekens hebben." };

    public override IdentityError PasswordRequiresDigit() =>
        new() { Code = nameof(PasswordRequiresDigit), Description = "Het wachtwoord moet een cijfer hebben." };

    public override IdentityError PasswordRequiresLower() =>
        new() { Code = nameof(PasswordRequiresLower), Description = "Het wachtwoord moet een kleine letter hebben." };

    public override IdentityError PasswordRequiresUpper() =>
        new() { Code = nameof(PasswordRequiresUpper), Description = "Het wachtwoord moet een hoofdletter hebben." };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = $"Er is al een account met het e-mailadres {email}." };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"Er is al een account met de naam {userName}." };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = "De code klopt niet of is verlopen." };
}
